namespace Dragoman.Actors;

/// <summary>A gazetteer entry as reached through one phrase, with the phrase's exact tokens for case checks.</summary>
public sealed record PhraseEntry(GazetteerEntry Entry, IReadOnlyList<string> ExactTokens);
