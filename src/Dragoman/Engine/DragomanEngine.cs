using Dragoman.Actors;
using Dragoman.Cameo;
using Dragoman.Coding;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Languages;
using Dragoman.Lexicon;
using Dragoman.Pipeline;
using Dragoman.Quantities;
using Dragoman.Quotes;
using Dragoman.Text;
using Dragoman.Time;
using Dragoman.Treaties;

namespace Dragoman.Engine;

/// <summary>
/// All data loaded once and the pipelines built from it. Immutable after loading and safe to share;
/// each call processes one document.
/// </summary>
public sealed class DragomanEngine
{
    public static readonly IReadOnlyList<string> Languages = ["it", "en"];

    private readonly IReadOnlyList<IPipelineStage> textStages;
    private readonly IReadOnlyList<IPipelineStage> actorStages;
    private readonly IReadOnlyList<IPipelineStage> eventStages;

    private DragomanEngine(CameoCodebook codebook, ActorGazetteer gazetteer, IReadOnlyList<IPipelineStage> textStages, IReadOnlyList<IPipelineStage> actorStages, IReadOnlyList<IPipelineStage> eventStages, EventCoder coder)
    {
        Codebook = codebook;
        Gazetteer = gazetteer;
        this.textStages = textStages;
        this.actorStages = actorStages;
        this.eventStages = eventStages;
        TextPipeline = Build(textStages);
        ActorPipeline = Build([.. textStages, .. actorStages]);
        Pipeline = Build([.. textStages, .. actorStages, .. eventStages]);
        Coder = coder;
    }

    public CameoCodebook Codebook { get; }

    public ActorGazetteer Gazetteer { get; }

    /// <summary>Normalize, detect language, split, tokenize, lemmatize.</summary>
    public DragomanPipeline TextPipeline { get; }

    /// <summary>The text pipeline plus actor matching and coreference.</summary>
    public DragomanPipeline ActorPipeline { get; }

    /// <summary>Everything: text, actors, events.</summary>
    public DragomanPipeline Pipeline { get; }

    public EventCoder Coder { get; }

    /// <summary>The curated treaties of data/treaties/kb/.</summary>
    public TreatyKnowledgeBase TreatyKnowledgeBase { get; private init; } = new([]);

    public static DragomanEngine Load(DataDirectory data, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new TextResources(data);
        var normalizer = new TextNormalizer(text);
        var splitter = new SentenceSplitter(text);
        var tokenizer = new Tokenizer(text);
        var lemmatizer = new Lemmatizer(Languages.Select(l => Lexicon.Lexicon.Load(data, l)));
        var codebook = CameoCodebook.Load(data);
        var phraseTokenizer = new PipelinePhraseTokenizer(normalizer, tokenizer);
        var gazetteer = new ActorGazetteerLoader(data, phraseTokenizer).Load();
        var treatyKnowledgeBase = TreatyKnowledgeBase.Load(data);
        var treaties = new TreatyExtractor(Languages.Select(l => TreatyCues.Load(data, l, phraseTokenizer, treatyKnowledgeBase)));
        var links = ActorLinks.Load(data);
        var threats = CodeMapping.Threats(data, codebook);
        var intents = CodeMapping.Intents(data, codebook);
        var coder = new EventCoder(Languages.ToDictionary(
            l => l,
            l => new LanguageCoder(ClauseGrammar.Load(data, l), PatternDictionary.Load(data, l, codebook), threats, intents)),
            options);
        IPipelineStage[] textStages = [normalizer, new LanguageDetectionStage(data), splitter, tokenizer, lemmatizer];
        IPipelineStage[] actorStages = [new ActorMatcher(gazetteer, links), new PairResolver(links, gazetteer)];
        IPipelineStage[] eventStages =
        [
            TimeExpressionFinder.Load(data, Languages),
            QuantityFinder.Load(data, Languages),
            coder,
            new EventDater(),
            new QuantityAttacher(),
            QuoteFinder.Load(data, Languages),
            treaties,
        ];
        return new DragomanEngine(codebook, gazetteer, textStages, actorStages, eventStages, coder)
        {
            TreatyKnowledgeBase = treatyKnowledgeBase,
        };
    }

    /// <summary>The same engine, sharing every loaded table, whose event stage writes out what <paramref name="options"/> asks for.</summary>
    public DragomanEngine With(EventCoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var coder = Coder.With(options);
        var stages = eventStages.Select(s => ReferenceEquals(s, Coder) ? coder : s).ToList();
        return new DragomanEngine(Codebook, Gazetteer, textStages, actorStages, stages, coder) { TreatyKnowledgeBase = TreatyKnowledgeBase };
    }

    public Document Process(Document document) => Pipeline.Process(document);

    public Document Analyze(Document document) => TextPipeline.Process(document);

    /// <summary>The clause analysis of an already processed document, for <c>--explain</c>.</summary>
    public IReadOnlyList<SentenceAnalysis> Explain(Document document) => Coder.AnalyzeClauses(document, explain: true);

    private static DragomanPipeline Build(IEnumerable<IPipelineStage> stages)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
        {
            builder.Add(stage);
        }

        return builder.Build();
    }
}
