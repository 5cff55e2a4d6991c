using System.Collections.Frozen;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Pipeline;

namespace Dragoman.Treaties;

/// <summary>
/// Pipeline stage: the treaties a document mentions, with parties, dates, status, provisions and
/// supersession, each fact tied to the sentence that states it.
/// </summary>
public sealed class TreatyExtractor : IPipelineStage
{
    private readonly FrozenDictionary<string, TreatyCues> cuesByLanguage;

    public TreatyExtractor(IEnumerable<TreatyCues> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        cuesByLanguage = cues.ToFrozenDictionary(c => c.Language, StringComparer.Ordinal);
    }

    public string Name => "treaties";

    public DocumentLayers Needs => DocumentLayers.Lemmas | DocumentLayers.Mentions;

    public DocumentLayers Adds => DocumentLayers.Treaties;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = document.Language ?? string.Empty;
        if (!cuesByLanguage.TryGetValue(language, out var cues))
        {
            throw new UnsupportedLanguageException(ErrorCatalogue.NoTreatyCues(language));
        }

        document.Treaties = new TreatyDocumentReader(document, cues).Read();
    }
}
