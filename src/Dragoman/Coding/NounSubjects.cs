using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Subjects told by common nouns: the non-actor noun a passive verb has for subject, and the text whose gerund says what its owner says.</summary>
internal sealed class NounSubjects
{
    private readonly ClauseGrammar grammar;

    public NounSubjects(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>
    /// "Secondo fonti palestinesi, almeno quindici persone sono state uccise": a noun that names no actor,
    /// right before a finite passive verb and not inside a prepositional phrase or a time expression, is
    /// what the act was done to; the subject of the clause before is not carried over as its target.
    /// </summary>
    public bool PassiveNounSubject(Document document, VerbGroup group, int boundary)
    {
        if (!group.Passive || group.NonFinite || group.Coordinated)
        {
            return false;
        }

        var tokens = document.Tokens;
        var k = group.Start - 1;
        while (k >= boundary && tokens[k].Pos == PartOfSpeech.Adv)
        {
            k--;
        }

        // "Le sue parole sono state respinte": a noun naming what someone said or did refers back to them.
        if (k < boundary || tokens[k].Pos != PartOfSpeech.Noun || InTime(document, k) || grammar["eventNoun"].Contains(tokens[k].Lemma.ToLowerInvariant()))
        {
            return false;
        }

        var j = k - 1;
        while (j >= boundary && tokens[j].Pos is PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Adj or PartOfSpeech.Adv)
        {
            if (grammar["possessiveDeterminer"].Contains(tokens[j].Lower))
            {
                return false;
            }

            j--;
        }

        return j < boundary || (tokens[j].Pos != PartOfSpeech.Adp && grammar.Prepositions.EndingAt(tokens, j, boundary) is null);
    }

    private static bool InTime(Document document, int token)
    {
        foreach (var time in document.TimeExpressions)
        {
            if (token >= time.TokenStart && token < time.TokenEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token before the group when it is a noun naming a text (grammar key textNoun: resolution, statement…), else null.</summary>
    public int? DescribedText(Token[] tokens, VerbGroup group)
    {
        var noun = group.Start - 1;
        return (tokens[group.Head].Features ?? "").Contains("ger", StringComparison.Ordinal) && tokens[noun].Pos == PartOfSpeech.Noun && grammar["textNoun"].Contains(tokens[noun].Lemma) ? noun : null;
    }

    /// <summary>"a UN resolution", "against a U.N. General Assembly resolution", "Moscow's statement": the actor that owns the text's noun, within two words before it, whatever the preposition before the phrase.</summary>
    public static Participants? TextOwner(Document document, SentenceAnalysis analysis, int noun, int floor)
    {
        foreach (var a in analysis.Arguments)
        {
            if (a.TokenStart > floor && a.TokenEnd <= noun && a.TokenEnd >= noun - 2 && a.Role != ArgumentRole.Attribution)
            {
                return Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], "owner of the text the gerund describes");
            }
        }

        return null;
    }
}
