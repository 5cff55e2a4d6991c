using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>
/// The actors filling one role of a clause (several when coordinated), the text that named them
/// and how they were found ("subject", "carried from the previous clause", "agent of passive").
/// </summary>
public sealed record Participants(IReadOnlyList<Actor> Actors, string Text, int Start, int End, string How)
{
    public static Participants From(IReadOnlyList<Argument> arguments, string text, string how)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var actors = arguments.SelectMany(a => a.Mention.AllActors).DistinctBy(a => a.Code).ToArray();
        return new Participants(actors, text, arguments[0].Mention.Start, arguments[^1].Mention.End, how);
    }

    public Participants Carried(string how) => this with { How = how };
}
