namespace Dragoman.Evaluation;

/// <summary>The score of one document, with what was wrong for <c>-v</c>.</summary>
public sealed record DocumentScore(string Id, string Language, ScoreCounts Counts, IReadOnlyList<PredictedTriple> FalsePositives, IReadOnlyList<GoldEvent> Misses);
