using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Quantities;

/// <summary>Reads one quantity starting at a token: [bound] [currency] number|vague [multiplier] [link] [currency|unit noun].</summary>
internal sealed class QuantityReader(QuantityLexicon lexicon)
{
    private readonly WordSequenceSet bounds = lexicon["bound"];
    private readonly WordSequenceSet currencies = lexicon["currency"];
    private readonly WordSequenceSet vagues = lexicon["vague"];
    private readonly WordSequenceSet multipliers = lexicon["multiplier"];
    private readonly WordSequenceSet links = lexicon["link"];
    private readonly WordSequenceSet units = lexicon["unit"];

    /// <summary>The quantity starting at token <paramref name="i"/>, or null; <paramref name="inTime"/> marks the tokens of time expressions.</summary>
    public Quantity? Read(ReadOnlySpan<Token> tokens, int i, bool[] inTime)
    {
        var j = i;
        var bound = "exact";
        if (bounds.StartingAt(tokens, j) is { } b)
        {
            bound = b.Value;
            j = b.End;
        }

        string? unit = null;
        if (currencies.StartingAt(tokens, j) is { } symbol && tokens[j].Kind == TokenKind.Symbol)
        {
            unit = symbol.Value;
            j = symbol.End;
        }

        if (j >= tokens.Length || inTime[j])
        {
            return null;
        }

        double value;
        if (tokens[j].Kind == TokenKind.Number && NumberReader.Read(tokens[j].Text) is { } number)
        {
            value = number;
            j++;
        }
        else if (vagues.StartingAt(tokens, j) is { } vague)
        {
            value = QuantityLexicon.Number(vague.Value);
            bound = "min";
            j = vague.End;
        }
        else
        {
            return null;
        }

        while (j < tokens.Length && (multipliers.StartingAt(tokens, j) ?? vagues.StartingAt(tokens, j)) is { } multiplier)
        {
            value *= QuantityLexicon.Number(multiplier.Value);
            j = multiplier.End;
        }

        var end = j;
        if (unit is null)
        {
            (unit, end) = Unit(tokens, j);
        }

        return new Quantity(0, i, end, 0, 0, value, unit, bound);
    }

    private (string? Unit, int End) Unit(ReadOnlySpan<Token> tokens, int j)
    {
        var k = links.StartingAt(tokens, j) is { } link ? link.End : j;
        if (currencies.StartingAt(tokens, k) is { } currency)
        {
            return (currency.Value, currency.End);
        }

        if (units.StartingAt(tokens, k) is { } unit)
        {
            return (unit.Value, unit.End);
        }

        // The unit noun follows the number, possibly after an adjective ("40 Russian bombers"); a
        // demonym or name with no noun after it names people ("20 Palestinians", "20 palestinesi").
        var name = -1;
        for (var n = k; n < tokens.Length && n < k + 3; n++)
        {
            var token = tokens[n];
            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            if (token.Pos == PartOfSpeech.Noun || (token.Pos == PartOfSpeech.Unknown && !token.IsCapitalized))
            {
                return (token.Lemma, n + 1);
            }

            if (token.Pos is not (PartOfSpeech.Adj or PartOfSpeech.Propn) && !token.IsCapitalized)
            {
                break;
            }

            name = n;
        }

        return name >= 0 ? (tokens[name].Lower, name + 1) : (null, j);
    }
}
