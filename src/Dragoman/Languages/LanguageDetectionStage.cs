using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Pipeline;

namespace Dragoman.Languages;

/// <summary>
/// Sets <see cref="Document.Language"/> from the normalized text unless the caller already gave one,
/// and refuses documents whose language cannot be told or has no pipeline data.
/// </summary>
public sealed class LanguageDetectionStage : IPipelineStage
{
    /// <summary>How much of the text is read: the opening of an article tells its language as well as the whole.</summary>
    public const int SampleLength = 400;

    private readonly LanguageDetector detector;
    private readonly SupportedLanguages supported;

    public LanguageDetectionStage(LanguageDetector detector, SupportedLanguages supported)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(supported);
        this.detector = detector;
        this.supported = supported;
    }

    public LanguageDetectionStage(DataDirectory data)
        : this(new LanguageDetector(data), SupportedLanguages.Load(data))
    {
    }

    public string Name => "detect-language";

    public DocumentLayers Needs => DocumentLayers.Normalized;

    public DocumentLayers Adds => DocumentLayers.Language;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Language is not null)
        {
            return;
        }

        var guess = detector.Detect(Sample(document.Normalized.Text));
        if (!guess.IsReliable || guess.Language is null)
        {
            throw new DragomanException(ErrorCatalogue.UndetectedLanguage(document.Id));
        }

        if (!supported.Contains(guess.Language))
        {
            throw new UnsupportedLanguageException(document.Id, guess.Language);
        }

        document.Language = guess.Language;
        document.LanguageConfidence = guess.Confidence;
    }

    /// <summary>The first <see cref="SampleLength"/> characters, cut back to a space so no word is halved.</summary>
    private static ReadOnlySpan<char> Sample(string text)
    {
        if (text.Length <= SampleLength)
        {
            return text;
        }

        var sample = text.AsSpan(0, SampleLength);
        var space = sample.LastIndexOfAny(' ', '\n');
        return space > SampleLength / 2 ? sample[..space] : sample;
    }
}
