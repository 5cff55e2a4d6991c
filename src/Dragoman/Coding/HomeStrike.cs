using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// A state's forces striking a place of their own country ("l'aviazione della giunta ha bombardato un mercato
/// nella township di Depayin") hit the people of that place: with no other target, an act of a
/// <c>homeStrikeRoots</c> root by an organ of a state is aimed at that country's civilians (CVL), whom its
/// forces are not, or at its rebels (REB) when armed men (<c>unnamedPerpetrator</c> nouns) are named after the verb. Not when the sentence names another country.
/// </summary>
internal sealed class HomeStrike
{
    private const string CivilianSector = "CVL";

    // Armed men named after the verb ("postazioni ribelli", "i villaggi controllati dalle milizie"): a strike on them hits rebels.
    private const string RebelSector = "REB";

    private readonly ClauseGrammar grammar;

    public HomeStrike(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The civilians of the first place of the source's own country named in [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public Participants? Target(Document document, IReadOnlyList<Argument> arguments, int from, int to, Participants source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(source);
        if (source.Actors.Count != 1 || source.Actors[0].Country is not { } home || !EventAssembler.SameActor(source.Actors[0], new Actor(home, home, home)))
        {
            return null;
        }

        // Another country named in the sentence may be whom the act is really aimed at ("…nel Nagorno-Karabakh,
        // bombardando le postazioni delle forze armene").
        foreach (var a in arguments)
        {
            if (a.Mention.Actor.Country is { } other && other != home)
            {
                return null;
            }
        }

        foreach (var a in arguments)
        {
            if (a.TokenStart >= from && a.TokenEnd <= to && a.Mention.Actor.Country == home && IsPlace(document.Tokens, a, from))
            {
                var mention = a.Mention;
                var sector = grammar["unnamedPerpetrator"].AnyStartingIn(document.Tokens, from, to) ? RebelSector : CivilianSector;
                return new Participants([new Actor(home + sector, home, mention.Actor.Name)], document.Text[mention.Start..mention.End], mention.Start, mention.End, "the people of the place at home it hit");
            }
        }

        return null;
    }

    // How many words before a genitive the preposition of place opening its phrase may stand ("nello Stato di Borno").
    private const int PhraseReach = 4;

    private bool IsPlace(Token[] tokens, Argument a, int from)
    {
        if (a.Role == ArgumentRole.Locative || (a.Role == ArgumentRole.DemonymModifier && a.Preposition is { } p && grammar["locative"].Contains(p)))
        {
            return true;
        }

        if (a.Role != ArgumentRole.Genitive)
        {
            return false;
        }

        for (var k = Math.Max(from, a.TokenStart - PhraseReach); k < a.TokenStart; k++)
        {
            var preposition = grammar.Prepositions.ValueOf(tokens[k].Lower) ?? tokens[k].Lower;
            if (grammar["locative"].Contains(preposition) || grammar["capitalLocative"].Contains(preposition))
            {
                return true;
            }
        }

        return false;
    }
}
