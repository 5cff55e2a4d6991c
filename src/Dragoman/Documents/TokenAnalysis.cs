namespace Dragoman.Documents;

/// <summary>
/// What the lexicon says about a token once a reading is chosen: every reading of its form, the
/// chosen reading's feature tag and the lemma of its verb reading. One instance per form and choice
/// is shared by all tokens of that form, so a token carries one reference instead of three.
/// </summary>
public sealed class TokenAnalysis
{
    public TokenAnalysis(IReadOnlyList<Reading> readings, string? features, string? verbLemma)
    {
        ArgumentNullException.ThrowIfNull(readings);
        Readings = readings;
        Features = features;
        VerbLemma = verbLemma;
    }

    /// <summary>Analysis of a number, punctuation mark or symbol: no readings, no features, no verb lemma.</summary>
    public static TokenAnalysis None { get; } = new(Array.Empty<Reading>(), null, null);

    /// <summary>Every reading the lexicon has for the form, best first.</summary>
    public IReadOnlyList<Reading> Readings { get; }

    /// <summary>Feature tag of the chosen reading, or null when no reading was chosen.</summary>
    public string? Features { get; }

    /// <summary>Lemma of the chosen verbal reading, else of the form's first verbal reading; null when it cannot be a verb.</summary>
    public string? VerbLemma { get; }
}
