using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>What the clause analyser found in one sentence; <c>--explain</c> prints it.</summary>
public sealed record SentenceAnalysis(Sentence Sentence, IReadOnlyList<VerbGroup> Groups, IReadOnlyList<Argument> Arguments)
{
    /// <summary>The subject of each verb group (same index), or null when none was found.</summary>
    public Participants?[] Subjects { get; init; } = [];

    /// <summary>Rules tried and arguments chosen, filled only when explaining (formatting costs time).</summary>
    public List<string>? Trace { get; init; }
}
