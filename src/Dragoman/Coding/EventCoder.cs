using Dragoman.Actors;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding;

/// <summary>The event-coding stage: runs the coder of the document's language over every sentence.</summary>
public sealed class EventCoder : IPipelineStage
{
    private readonly IReadOnlyDictionary<string, LanguageCoder> coders;

    // The word index grows to the longest sentence seen; lending it from call to call spares a new one per document.
    private readonly SpareInstance<ClauseWords> spareWords = new(() => new ClauseWords());

    public EventCoder(IReadOnlyDictionary<string, LanguageCoder> coders, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(coders);
        this.coders = coders;
        Options = options ?? new EventCoderOptions();
    }

    public EventCoderOptions Options { get; }

    public string Name => "events";

    public DocumentLayers Needs => DocumentLayers.Lemmas | DocumentLayers.Mentions | DocumentLayers.Coreference;

    public DocumentLayers Adds => DocumentLayers.Events;

    public void Process(Document document) => Analyze(document, explain: false);

    /// <summary>Codes the document and returns the clause analysis of every sentence, with the rules tried when explaining.</summary>
    public IReadOnlyList<SentenceAnalysis> Analyze(Document document, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Language is null || !coders.TryGetValue(document.Language, out var coder))
        {
            document.Events = [];
            return [];
        }

        var events = new List<CodedEvent>();
        var analyses = new List<SentenceAnalysis>();
        var words = spareWords.Rent();
        var state = new DiscourseState(words);
        var slices = new MentionSlices(document.Mentions);
        foreach (var sentence in document.Sentences)
        {
            analyses.Add(coder.Analyze(document, sentence, slices.Of(sentence.Index), state, events, explain));
        }

        words.Release();
        spareWords.Return(words);

        coder.Finish(events);
        if (!Options.KeepOneSided)
        {
            events.RemoveAll(e => e.Source is null);
        }

        document.Events = events;
        document.Clauses = analyses;
        return analyses;
    }

    /// <summary>The same coder writing out what <paramref name="options"/> asks for; the loaded grammars and patterns are shared.</summary>
    public EventCoder With(EventCoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EventCoder(coders, options);
    }

    /// <summary>The clause analysis with every rule tried, leaving the document's events alone (for --explain).</summary>
    public IReadOnlyList<SentenceAnalysis> AnalyzeClauses(Document document, bool explain)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Language is null || !coders.TryGetValue(document.Language, out var coder))
        {
            return [];
        }

        var discarded = new List<CodedEvent>();
        var analyses = new List<SentenceAnalysis>();
        var words = spareWords.Rent();
        var state = new DiscourseState(words);
        var slices = new MentionSlices(document.Mentions);
        foreach (var sentence in document.Sentences)
        {
            analyses.Add(coder.Analyze(document, sentence, slices.Of(sentence.Index), state, discarded, explain));
        }

        words.Release();
        spareWords.Return(words);

        return analyses;
    }
}
