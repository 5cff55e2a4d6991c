using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Killing of many civilians at once is mass killing (CAMEO 202), not an assault: an asserted act of a
/// <c>massKillingRoots</c> root whose clause counts at least the minimum of victims named by a noun of a
/// <c>mass:CODE/MINIMUM</c> line ("hanno ucciso almeno 300 civili", "centinaia di persone") takes that code.
/// </summary>
internal static class MassKilling
{
    /// <summary>The code and the minimum of a <c>mass:</c> value ("202/50"), or null when it is not one.</summary>
    public static (string Code, double Minimum)? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && double.TryParse(value.AsSpan(slash + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minimum) && minimum > 0
            ? (value[..slash], minimum)
            : null;
    }

    /// <summary>The mass-killing code for an act told in tokens [<paramref name="from"/>, <paramref name="to"/>) of sentence <paramref name="sentence"/>, or null.</summary>
    public static string? CodeFor(ClauseGrammar grammar, Document document, int sentence, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(document);
        foreach (var quantity in document.Quantities)
        {
            if (quantity.Sentence != sentence || quantity.TokenStart < from || quantity.TokenEnd > to
                || Victims(grammar, document.Tokens, quantity, to) is not { } value || Parse(value) is not { } mass)
            {
                continue;
            }

            if (quantity.Value >= mass.Minimum)
            {
                return mass.Code;
            }
        }

        return null;
    }

    /// <summary>The <c>mass:</c> value of the counted noun, or of one a few words on when it heads a compound ("50 bus passengers").</summary>
    private static string? Victims(ClauseGrammar grammar, Token[] tokens, Quantities.Quantity quantity, int to)
    {
        if (quantity.Unit is { } unit && grammar.MassVictims.ValueOf(unit) is { } value)
        {
            return value;
        }

        for (var k = quantity.TokenEnd; k < Math.Min(quantity.TokenEnd + CompoundReach, Math.Min(to, tokens.Length)); k++)
        {
            if ((grammar.MassVictims.ValueOf(tokens[k].Lower) ?? grammar.MassVictims.ValueOf(tokens[k].Lemma)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>How many words after the counted noun a compound's head may stand.</summary>
    private const int CompoundReach = 2;
}
