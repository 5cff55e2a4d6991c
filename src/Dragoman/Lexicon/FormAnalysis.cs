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

    // Token analyses are made on first use: most forms of the lexicon never occur in a given run.
    // A race between threads only makes two equal analyses, one of which is dropped.
    // The first reading's analysis has a field of its own: it is the usual choice, and a field of
    // this object costs no further cache miss where an array of analyses would.
    private TokenAnalysis? first;
    private TokenAnalysis?[]? choices;
    private TokenAnalysis? unchosen;

    public FormAnalysis(Reading[] readings)
    {
        Readings = readings;
        unchosen = readings.Length == 0 ? TokenAnalysis.None : null;
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

    /// <summary>The analysis of a token for which no reading is chosen (an unknown word or a name): readings only.</summary>
    public TokenAnalysis Unchosen => unchosen ??= new TokenAnalysis(Readings, null, null);

    /// <summary>The analysis of a token whose chosen reading is <c>Readings[index]</c>.</summary>
    public TokenAnalysis Chosen(int index)
    {
        if (index == 0)
        {
            return first ??= Make(0);
        }

        var made = choices ??= new TokenAnalysis?[Readings.Length];
        if (made[index] is { } analysis)
        {
            return analysis;
        }

        return made[index] = Make(index);
    }

    private TokenAnalysis Make(int index)
    {
        var reading = Readings[index];
        return new TokenAnalysis(Readings, reading.Features, reading.IsVerbal ? reading.Lemma : VerbLemma);
    }
}
