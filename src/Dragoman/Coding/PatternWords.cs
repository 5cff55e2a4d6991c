namespace Dragoman.Coding;

/// <summary>
/// A word sequence a pattern requires or forbids ("candidate_status"), with the number its first word has in the
/// pattern dictionary's vocabulary: clauses index their words by that number, so matching hashes no string.
/// </summary>
public sealed record PatternWords(int Id, string[] Words);
