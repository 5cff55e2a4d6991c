using Dragoman.Data;

namespace Dragoman.Languages;

/// <summary>
/// Tells the language of a text: first the dominant script among its letters, then, when several
/// languages share that script, the best-scoring trigram profile. Thread-safe; allocation-free per call.
/// </summary>
public sealed class LanguageDetector
{
    private readonly LanguageProfiles profiles;
    private readonly LanguageDetectorOptions options;

    public LanguageDetector(LanguageProfiles profiles, LanguageDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        this.profiles = profiles;
        this.options = options ?? LanguageDetectorOptions.Default;
    }

    public LanguageDetector(DataDirectory data, LanguageDetectorOptions? options = null)
        : this(LanguageProfiles.Load(data ?? throw new ArgumentNullException(nameof(data))), options)
    {
    }

    public LanguageProfiles Profiles => profiles;

    /// <summary>
    /// Reads a short opening first and stops there when it is already decisive, as it is for almost
    /// every news paragraph; only texts the opening leaves in doubt are read to the end.
    /// </summary>
    public LanguageGuess Detect(ReadOnlySpan<char> text)
    {
        var quickLength = options.QuickSampleLength;
        if (text.Length > quickLength + (quickLength / 2))
        {
            var opening = text[..quickLength];
            var space = opening.LastIndexOfAny(' ', '\n');
            var quick = DetectAll(space > quickLength / 2 ? opening[..space] : opening);
            if (quick.IsReliable && quick.Confidence >= options.DecisiveConfidence)
            {
                return quick;
            }
        }

        return DetectAll(text);
    }

    private LanguageGuess DetectAll(ReadOnlySpan<char> text)
    {
        Span<int> letters = stackalloc int[profiles.ScriptCount + 1];
        var unlisted = 0;
        foreach (var c in text)
        {
            var script = profiles.ScriptOf(c);
            if (script != 0)
            {
                letters[script]++;
            }
            else if (profiles.Folding.Fold(c) != '\0')
            {
                unlisted++;
            }
        }

        var dominant = 0;
        var total = unlisted;
        for (var i = 1; i < letters.Length; i++)
        {
            total += letters[i];
            if (letters[i] > letters[dominant])
            {
                dominant = i;
            }
        }

        if (dominant == 0)
        {
            return LanguageGuess.Undetermined;
        }

        var share = (double)letters[dominant] / total;
        var profile = profiles.Script(dominant);
        return profile.Model is null
            ? Guess(profile.Languages[0], share, letters[dominant])
            : Score(profile.Model, text, share, letters[dominant]);
    }

    private LanguageGuess Score(TrigramModel model, ReadOnlySpan<char> text, double share, int letterCount)
    {
        Span<double> scores = stackalloc double[model.Languages.Length];
        if (model.Score(text, profiles.Folding, scores, options.FunctionWordWeight) == 0)
        {
            return LanguageGuess.Undetermined;
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        // Softmax of tempered scores, computed relative to the best one so nothing overflows.
        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp((score - scores[best]) / options.Temperature);
        }

        return Guess(model.Languages[best], share / sum, letterCount);
    }

    private LanguageGuess Guess(string language, double confidence, int letterCount) =>
        new(language, confidence, letterCount >= options.MinimumLetters && confidence >= options.ReliableConfidence) { LettersRead = letterCount };
}
