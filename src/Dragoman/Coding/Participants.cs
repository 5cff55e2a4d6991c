using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>
/// The actors filling one role of a clause (several when coordinated), the text that named them
/// and how they were found ("subject", "carried from the previous clause", "agent of passive").
/// </summary>
public sealed record Participants(IReadOnlyList<Actor> Actors, string Text, int Start, int End, string How)
{
    /// <summary>True when one phrase names a pair told before ("the two countries", "i due paesi").</summary>
    public bool Pair { get; init; }

    public static Participants From(IReadOnlyList<Argument> arguments, string text, string how)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var actors = new List<Actor>(arguments.Count);
        // Indexed loops: a foreach over the interface would allocate an enumerator for every clause.
        for (var a = 0; a < arguments.Count; a++)
        {
            var mention = arguments[a].Mention;
            if (mention.Members.Count == 0)
            {
                AddDistinct(actors, mention.Actor);
                continue;
            }

            for (var m = 0; m < mention.Members.Count; m++)
            {
                AddDistinct(actors, mention.Members[m]);
            }
        }

        return new Participants(actors, text, arguments[0].Mention.Start, arguments[^1].Mention.End, how)
        {
            Pair = arguments.Count == 1 && arguments[0].Mention.Members.Count > 1,
        };
    }

    public Participants Carried(string how) => this with { How = how };

    /// <summary>Whether any actor of these participants is also one of <paramref name="other"/>'s (<see cref="EventAssembler.SameActor"/>).</summary>
    public bool Shares(Participants other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var a = 0; a < Actors.Count; a++)
        {
            for (var b = 0; b < other.Actors.Count; b++)
            {
                if (EventAssembler.SameActor(Actors[a], other.Actors[b]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddDistinct(List<Actor> actors, Actor actor)
    {
        for (var k = 0; k < actors.Count; k++)
        {
            if (actors[k].Code == actor.Code)
            {
                return;
            }
        }

        actors.Add(actor);
    }
}
