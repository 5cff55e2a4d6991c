using Dragoman.Documents;

namespace Dragoman.Quantities;

/// <summary>Reads one quantity starting at a token: [bound] [currency] number|vague [multiplier] [link] [currency|unit noun].</summary>
internal sealed class QuantityReader(QuantityLexicon lexicon)
{
    public Quantity? Read(ReadOnlySpan<Token> tokens, int i, HashSet<int> inTime)
    {
        var j = i;
        var bound = "exact";
        if (lexicon["bound"].StartingAt(tokens, j) is { } b)
        {
            bound = b.Value;
            j = b.End;
        }

        string? unit = null;
        if (lexicon["currency"].StartingAt(tokens, j) is { } symbol && tokens[j].Kind == TokenKind.Symbol)
        {
            unit = symbol.Value;
            j = symbol.End;
        }

        if (j >= tokens.Length || inTime.Contains(j))
        {
            return null;
        }

        double value;
        if (tokens[j].Kind == TokenKind.Number && NumberReader.Read(tokens[j].Text) is { } number)
        {
            value = number;
            j++;
        }
        else if (lexicon["vague"].StartingAt(tokens, j) is { } vague)
        {
            value = QuantityLexicon.Number(vague.Value);
            bound = "min";
            j = vague.End;
        }
        else
        {
            return null;
        }

        while (j < tokens.Length && (lexicon["multiplier"].StartingAt(tokens, j) ?? lexicon["vague"].StartingAt(tokens, j)) is { } multiplier)
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
        var k = lexicon["link"].StartingAt(tokens, j) is { } link ? link.End : j;
        if (lexicon["currency"].StartingAt(tokens, k) is { } currency)
        {
            return (currency.Value, currency.End);
        }

        if (lexicon["unit"].StartingAt(tokens, k) is { } unit)
        {
            return (unit.Value, unit.End);
        }

        // The unit noun follows the number, possibly after an adjective ("40 Russian bombers").
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
        }

        return (null, j);
    }
}
