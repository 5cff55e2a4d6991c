using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Everything known about one matched verb group when its events are assembled.</summary>
public sealed record EventContext(Document Document, SentenceAnalysis Analysis, int GroupIndex, EventPattern Pattern, bool NegatedObject, int ClauseStart, int ClauseEnd)
{
    public VerbGroup Group => Analysis.Groups[GroupIndex];
}
