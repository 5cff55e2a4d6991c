namespace Dragoman.Languages;

/// <summary>Tuning knobs of <see cref="LanguageDetector"/>; the defaults were set on the test corpus.</summary>
public sealed record LanguageDetectorOptions
{
    public static LanguageDetectorOptions Default { get; } = new();

    /// <summary>
    /// Divides log-likelihood differences before turning them into a confidence. Overlapping trigrams
    /// are far from independent, so raw Naive-Bayes odds are wildly overconfident on short texts.
    /// </summary>
    public double Temperature { get; init; } = 4.0;

    /// <summary>Log-odds bonus a language gets for each of its function words found in the text.</summary>
    public double FunctionWordWeight { get; init; } = 4.0;

    /// <summary>Fewer letters than this never make a reliable guess.</summary>
    public int MinimumLetters { get; init; } = 10;

    /// <summary>Confidence at or above which a guess is reliable.</summary>
    public double ReliableConfidence { get; init; } = 0.8;

    /// <summary>Length of the opening read first; longer texts are read whole only when it is not decisive.</summary>
    public int QuickSampleLength { get; init; } = 160;

    /// <summary>Confidence of the opening at or above which the rest of the text is not read.</summary>
    public double DecisiveConfidence { get; init; } = 0.999;
}
