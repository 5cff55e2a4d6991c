using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>What the clause analyser found in one sentence; <c>--explain</c> prints it.</summary>
public sealed record SentenceAnalysis(Sentence Sentence, IReadOnlyList<VerbGroup> Groups, IReadOnlyList<Argument> Arguments)
{
    /// <summary>The subject of each verb group (same index), or null when none was found.</summary>
    public Participants?[] Subjects { get; init; } = [];

    /// <summary>Rules tried and arguments chosen, filled only when explaining (formatting costs time).</summary>
    public List<string>? Trace { get; init; }

    /// <summary>Whether a verb group has its head at token <paramref name="token"/>.</summary>
    public bool HeadsGroup(int token)
    {
        for (var g = 0; g < Groups.Count; g++)
        {
            if (Groups[g].Head == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an actor mention starts at token <paramref name="token"/>.</summary>
    public bool StartsMention(int token)
    {
        for (var a = 0; a < Arguments.Count; a++)
        {
            if (Arguments[a].TokenStart == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an actor mention ends right before token <paramref name="token"/>.</summary>
    public bool EndsMention(int token)
    {
        for (var a = 0; a < Arguments.Count; a++)
        {
            if (Arguments[a].TokenEnd == token)
            {
                return true;
            }
        }

        return false;
    }
}
