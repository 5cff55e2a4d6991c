namespace Dragoman.Lexicon;

/// <summary>For lemmas ending in <see cref="Ending"/>: replace it by each suffix to get the tagged forms.</summary>
internal sealed record NounEndingRule(string Ending, IReadOnlyList<(string Tag, string[] Suffixes)> Forms);
