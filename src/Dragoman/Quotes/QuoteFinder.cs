using Dragoman.Coding;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Quotes;

/// <summary>
/// The quote stage: direct quotes and quoted fragments with the speaker found from the clause
/// around them, then reported speech. Words in quotation marks with no speaker (scare quotes,
/// titles) are not quotes.
/// </summary>
public sealed class QuoteFinder : IPipelineStage
{
    private static readonly char[] EdgePunctuation = [',', '.', ';', ':', ' ', '\n'];

    private readonly QuoteSpanFinder spans;
    private readonly IReadOnlyDictionary<string, (SpeakerResolver Speakers, IndirectSpeechFinder Indirect)> languages;

    public QuoteFinder(QuoteSpanFinder spans, IReadOnlyDictionary<string, (SpeakerResolver, IndirectSpeechFinder)> languages)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(languages);
        this.spans = spans;
        this.languages = languages;
    }

    public string Name => "quotes";

    public DocumentLayers Needs => DocumentLayers.Events;

    public DocumentLayers Adds => DocumentLayers.Quotes;

    public static QuoteFinder Load(DataDirectory directory, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(languages);
        var perLanguage = languages.ToDictionary(
            l => l,
            l =>
            {
                var reader = new ClauseReader(QuoteLexicon.Load(directory, l), ClauseGrammar.Load(directory, l));
                return (new SpeakerResolver(reader), new IndirectSpeechFinder(reader));
            },
            StringComparer.Ordinal);
        return new QuoteFinder(new QuoteSpanFinder(QuoteMarks.Load(directory)), perLanguage);
    }

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Language is null || !languages.TryGetValue(document.Language, out var language) || document.Sentences.Count == 0)
        {
            document.Quotes = [];
            return;
        }

        var analyses = document.Clauses ?? [];
        var quotes = new List<Quote>();
        var found = spans.Find(document.Text);
        foreach (var span in found)
        {
            if (Direct(document, analyses, span, language.Speakers, quotes.Count > 0 ? quotes[^1] : null) is { } quote)
            {
                quotes.Add(quote);
            }
        }

        bool InsideQuote(int token)
        {
            var offset = document.Tokens[token].Start;
            foreach (var s in found)
            {
                if (offset > s.Open && offset < s.Close)
                {
                    return true;
                }
            }

            return false;
        }

        for (var s = 0; s < analyses.Count; s++)
        {
            var analysis = analyses[s];
            foreach (var (first, end, speaker, how) in language.Indirect.Find(document, analyses, s, InsideQuote))
            {
                if (end > first)
                {
                    var (start, stop) = (document.Tokens[first].Start, document.Tokens[end - 1].End);
                    quotes.Add(new Quote(analysis.Sentence.Index, speaker.Actors[0], speaker.Text, document.Text[start..stop], false, start, stop, how));
                }
            }
        }

        document.Quotes = quotes.OrderBy(q => q.Start).ToList();
    }

    private static Quote? Direct(Document document, IReadOnlyList<SentenceAnalysis> analyses, QuoteSpan span, SpeakerResolver speakers, Quote? previous)
    {
        var (start, end) = Trim(document.Text, span.Open + 1, span.Close);
        if (end <= start)
        {
            return null;
        }

        var openToken = TokenAt(document, span.Open);
        var closeToken = TokenAt(document, span.Close);
        if (openToken < 0 || closeToken < 0)
        {
            return null;
        }

        var openingIndex = AnalysisHolding(analyses, openToken);
        var closingIndex = AnalysisHolding(analyses, closeToken);
        if (openingIndex < 0 || closingIndex < 0)
        {
            return null;
        }

        var (opening, closing) = (analyses[openingIndex], analyses[closingIndex]);

        var commaInside = document.Text.AsSpan(span.Open, span.Close - span.Open).TrimEnd().EndsWith(',');
        var text = document.Text[start..end];
        if (speakers.Resolve(document, analyses, openingIndex, closingIndex, openToken, closeToken, commaInside) is { } found && found.Speaker.Actors.Count > 0)
        {
            return new Quote(opening.Sentence.Index, found.Speaker.Actors[0], found.Speaker.Text, text, true, start, end, found.How);
        }

        // A quote that is a whole sentence continues the previous speaker's words.
        var whole = openToken == opening.Sentence.TokenStart && closeToken >= closing.Sentence.TokenEnd - 2;
        return whole && previous is { Direct: true } && previous.Sentence >= opening.Sentence.Index - 1
            ? previous with { Sentence = opening.Sentence.Index, Text = text, Start = start, End = end, How = "continues the previous quote" }
            : null;
    }

    /// <summary>The index of the first analysis whose sentence holds token <paramref name="token"/>, or -1.</summary>
    private static int AnalysisHolding(IReadOnlyList<SentenceAnalysis> analyses, int token)
    {
        for (var a = 0; a < analyses.Count; a++)
        {
            if (token >= analyses[a].Sentence.TokenStart && token < analyses[a].Sentence.TokenEnd)
            {
                return a;
            }
        }

        return -1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && Array.IndexOf(EdgePunctuation, text[start]) >= 0)
        {
            start++;
        }

        while (end > start && Array.IndexOf(EdgePunctuation, text[end - 1]) >= 0)
        {
            end--;
        }

        return (start, end);
    }

    private static int TokenAt(Document document, int offset)
    {
        var tokens = document.Tokens;
        var lo = 0;
        var hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
