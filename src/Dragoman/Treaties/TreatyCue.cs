namespace Dragoman.Treaties;

/// <summary>One cue phrase as lower-case words, with the value and extra fields of its data line.</summary>
public sealed record TreatyCue(CueKind Kind, IReadOnlyList<string> Words, string? Value, string? Extra, string Location);
