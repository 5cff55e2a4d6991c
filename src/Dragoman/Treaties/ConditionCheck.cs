namespace Dragoman.Treaties;

/// <summary>A provision's condition checked against the question: holds, fails, or cannot be told (null).</summary>
public sealed record ConditionCheck(TreatyCondition Condition, bool? Holds, string Explanation);
