using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>A guess for unknown words ending in <see cref="Suffix"/>: their part of speech and, optionally, the lemma ending that replaces the suffix.</summary>
internal sealed record SuffixGuess(string Suffix, PartOfSpeech Pos, string? LemmaEnding, string Features);
