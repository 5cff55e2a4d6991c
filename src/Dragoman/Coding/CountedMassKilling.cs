using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Killing of many civilians at once is mass killing (CAMEO 202), not an assault: an asserted act of a
/// <c>massKillingRoots</c> root whose clause counts at least the minimum of victims named by a noun of a
/// <c>mass:CODE/MINIMUM</c> line ("hanno ucciso almeno 300 civili", "centinaia di persone") takes that code.
/// </summary>
internal static class CountedMassKilling
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
            if (quantity.Sentence != sentence || quantity.TokenStart < from || quantity.TokenEnd > to || quantity.Unit is not { } unit
                || grammar.MassVictims.ValueOf(unit) is not { } value || Parse(value) is not { } mass)
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
}
