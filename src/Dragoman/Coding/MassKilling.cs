using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "killed more than 200 civilians", "hacked to death 40 villagers": a killing (massKillingCodes) whose victims, counted
/// after the verb in its clause, are at least massKillingMinimum people of a kind listed under <c>massKilling:CODE</c>
/// (civilians, villagers, worshippers) is a mass killing, coded CODE (CAMEO 202).
/// </summary>
public sealed class MassKilling
{
    /// <summary>How many words after the counted noun a compound's head may stand ("50 bus passengers").</summary>
    private const int CompoundReach = 2;

    private readonly ClauseGrammar grammar;
    private readonly double minimum;

    public MassKilling(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        minimum = grammar["massKillingMinimum"].Items.Select(item => double.Parse(item, CultureInfo.InvariantCulture)).DefaultIfEmpty(double.MaxValue).Min();
    }

    /// <summary>Recodes the events from index <paramref name="first"/> on, coded from <paramref name="group"/>, when its clause counts enough victims.</summary>
    public void Apply(Document document, int sentence, VerbGroup group, int clauseEnd, List<CodedEvent> events, int first)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(events);
        if (first >= events.Count || grammar.MassKillings.Count == 0 || Victims(document, sentence, group, clauseEnd) is not { } code)
        {
            return;
        }

        for (var e = first; e < events.Count; e++)
        {
            if (grammar["massKillingCodes"].Contains(events[e].Cameo))
            {
                events[e] = events[e] with { Cameo = code };
            }
        }
    }

    private string? Victims(Document document, int sentence, VerbGroup group, int clauseEnd)
    {
        foreach (var quantity in document.Quantities)
        {
            if (quantity.Sentence == sentence && quantity.TokenStart > group.Head && quantity.TokenStart < clauseEnd && quantity.Value >= minimum
                && Victim(document.Tokens, quantity.TokenStart, Math.Min(quantity.TokenEnd + CompoundReach, clauseEnd)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The counted noun, or one a few words on when it heads a compound ("50 bus passengers").</summary>
    private string? Victim(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to && k < tokens.Length; k++)
        {
            if ((grammar.MassKillings.ValueOf(tokens[k].Lower) ?? grammar.MassKillings.ValueOf(tokens[k].Lemma)) is { } code)
            {
                return code;
            }
        }

        return null;
    }
}
