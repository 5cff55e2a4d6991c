using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "Washington's decision to suspend aid to Niger", "Moscow's move to expel two diplomats": a noun of decision
/// (grammar key decisionNoun) owned by a possessive governs an infinitive that names what its owner did. The
/// infinitive heads a verb group of its own, whose doer is the owner. Nouns of mere intent or attempt ("bid",
/// "plan") are not listed: what they govern was not done.
/// </summary>
internal static class OwnedDecision
{
    /// <summary>Whether the token at <paramref name="noun"/>, right before "to", is a decision noun after a possessive clitic.</summary>
    public static bool Governs(ClauseGrammar grammar, Token[] tokens, Sentence sentence, int noun) =>
        noun - 1 > sentence.TokenStart && grammar["decisionNoun"].Contains(tokens[noun].Lower) && grammar["possessiveClitic"].Contains(tokens[noun - 1].Lower);

    /// <summary>The owner of the decision noun that governs the infinitive <paramref name="group"/>, or null.</summary>
    public static Participants? Owner(ClauseGrammar grammar, Document document, SentenceAnalysis analysis, VerbGroup group)
    {
        var tokens = document.Tokens;
        if (GenitiveOwner(grammar, document, analysis, group) is { } owner)
        {
            return owner;
        }

        var noun = group.Start - 1;
        if (group.Start <= analysis.Sentence.TokenStart || !grammar["infinitiveMarker"].Contains(tokens[group.Start].Lower) || !Governs(grammar, tokens, analysis.Sentence, noun))
        {
            return null;
        }

        foreach (var a in analysis.Arguments)
        {
            if (a.TokenEnd == noun - 1)
            {
                return Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], "owner of the decision the infinitive names");
            }
        }

        return null;
    }

    // How many words may stand between a decision noun and the first word of its owner ("la decisione della Repubblica Dominicana").
    private const int OwnerReach = 2;

    /// <summary>
    /// "la decisione della Repubblica Dominicana di espellere i migranti": the owner in the genitive right after the decision
    /// noun, itself right before the genitive preposition that introduces the infinitive.
    /// </summary>
    private static Participants? GenitiveOwner(ClauseGrammar grammar, Document document, SentenceAnalysis analysis, VerbGroup group)
    {
        var tokens = document.Tokens;
        var of = group.Start - 1;
        if (of <= analysis.Sentence.TokenStart || !grammar["genitivePreposition"].Contains(tokens[of].Lower))
        {
            return null;
        }

        foreach (var a in analysis.Arguments)
        {
            if (a.TokenEnd != of || a.Role != ArgumentRole.Genitive)
            {
                continue;
            }

            for (var k = a.TokenStart - 1; k >= Math.Max(analysis.Sentence.TokenStart, a.TokenStart - 1 - OwnerReach); k--)
            {
                if (grammar["decisionNoun"].Contains(tokens[k].Lower))
                {
                    return Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], "owner of the decision the infinitive names");
                }
            }
        }

        return null;
    }
}
