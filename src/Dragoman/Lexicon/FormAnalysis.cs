using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// What the lemmatizer needs to know about one form, worked out once when the lexicon loads (or
/// when an unknown word is first analysed) instead of for every token: its readings, the lemma of
/// its first verbal reading, and whether every reading is only a suffix guess.
/// </summary>
internal sealed class FormAnalysis
{
    public static readonly FormAnalysis None = new([]);

    public FormAnalysis(Reading[] readings)
    {
        Readings = readings;
        IsGuessOnly = readings.Length > 0;
        foreach (var reading in readings)
        {
            VerbLemma ??= reading.IsVerbal ? reading.Lemma : null;
            IsGuessOnly &= reading.Features.StartsWith("guess", StringComparison.Ordinal);
        }
    }

    /// <summary>Every reading, best first; shared with tokens, never modified.</summary>
    public Reading[] Readings { get; }

    /// <summary>Lemma of the first verb or auxiliary reading, or null when the form cannot be a verb.</summary>
    public string? VerbLemma { get; }

    /// <summary>True when the form has readings and all of them are suffix guesses.</summary>
    public bool IsGuessOnly { get; }
}
