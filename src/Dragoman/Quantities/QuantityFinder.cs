using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Quantities;

/// <summary>
/// The quantity stage: a number (or "decine di", "dozens of") with its bound word, multiplier,
/// currency and unit noun: "oltre 11.000 container", "1,5 milioni di euro", "$61 billion".
/// Numbers inside time expressions (years, days) are not quantities.
/// </summary>
public sealed class QuantityFinder : IPipelineStage
{
    private readonly IReadOnlyDictionary<string, QuantityLexicon> lexicons;

    public QuantityFinder(IReadOnlyDictionary<string, QuantityLexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.lexicons = lexicons;
    }

    public string Name => "quantities";

    public DocumentLayers Needs => DocumentLayers.Lemmas | DocumentLayers.Dates;

    public DocumentLayers Adds => DocumentLayers.Quantities;

    public static QuantityFinder Load(DataDirectory directory, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(languages);
        return new QuantityFinder(languages.ToDictionary(l => l, l => QuantityLexicon.Load(directory, l), StringComparer.Ordinal));
    }

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Language is null || !lexicons.TryGetValue(document.Language, out var lexicon))
        {
            document.Quantities = [];
            return;
        }

        var inTime = new bool[document.Tokens.Length];
        foreach (var time in document.TimeExpressions)
        {
            inTime.AsSpan(time.TokenStart, time.TokenEnd - time.TokenStart).Fill(true);
        }

        var tokensOfDocument = document.Tokens;
        var reader = new QuantityReader(lexicon);
        var found = new List<Quantity>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.Tokens.AsSpan(0, sentence.TokenEnd);
            var i = sentence.TokenStart;
            while (i < sentence.TokenEnd)
            {
                // Only a number or a word that opens a bound, currency or vague number can start a quantity.
                if (!inTime[i] && (tokensOfDocument[i].Kind == TokenKind.Number || lexicon.OpensQuantity(tokensOfDocument[i].Lower)) && reader.Read(tokens, i, inTime) is { } q)
                {
                    var (start, end) = (document.Tokens[q.TokenStart].Start, document.Tokens[q.TokenEnd - 1].End);
                    found.Add(q with { Sentence = sentence.Index, Start = start, End = end });
                    i = q.TokenEnd;
                }
                else
                {
                    i++;
                }
            }
        }

        document.Quantities = found;
    }
}
