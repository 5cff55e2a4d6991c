namespace Dragoman.Time;

/// <summary>One phrase of the time lexicon: its kind, its number (weekday, month, offset) and its length in tokens.</summary>
public readonly record struct TimePhrase(TimePhraseKind Kind, int Value, int Length);
