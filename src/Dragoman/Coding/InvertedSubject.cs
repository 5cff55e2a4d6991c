using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>The subject that follows its verb: after a verb of saying, or after any verb that follows a quotation.</summary>
internal static class InvertedSubject
{
    /// <summary>"…, ha detto Putin", "«Hezbollah pagherà», ha promesso il premier": the subject right after a verb of saying, or after any verb that follows a quotation.</summary>
    /// <remarks>
    /// <paramref name="unaccusative"/>: the verb is one whose compound tenses take essere without being passive (grammar key
    /// unaccusativeLemma), which in Italian often comes before its subject ("A Kiev è arrivato il segretario di Stato").
    /// </remarks>
    public static Participants? Find(Document document, SentenceAnalysis analysis, VerbGroup group, int index, bool unaccusative = false)
    {
        var tokens = document.Tokens;
        var afterQuote = group.Start - 2 >= analysis.Sentence.TokenStart && tokens[group.Start - 1].Lower == "," && tokens[group.Start - 2].Kind == TokenKind.Quote;
        // "…, saying Moscow was behind the attack": an infinitive or gerund has no subject of its own, so the
        // actor after it begins the clause it reports.
        if ((!group.Reporting && !afterQuote && !(unaccusative && !group.Coordinated)) || (group.NonFinite && !group.BareParticiple))
        {
            return null;
        }

        // An adverb or a time ("è arrivato mercoledì il segretario di Stato") may stand between the verb and its subject.
        var gap = 0;
        while (group.End + gap < analysis.Sentence.TokenEnd && gap < MaxGap
            && (tokens[group.End + gap].Pos == PartOfSpeech.Adv || InTime(document, group.End + gap)))
        {
            gap++;
        }

        Argument? next = null;
        for (var a = 0; a < analysis.Arguments.Count && next is null; a++)
        {
            next = analysis.Arguments[a] is { Role: ArgumentRole.Bare } bare && bare.TokenStart == group.End + gap ? bare : null;
        }

        var nextGroup = index + 1 < analysis.Groups.Count ? analysis.Groups[index + 1].Start : int.MaxValue;
        return next is null || next.TokenStart > nextGroup ? null
            : Participants.From([next], document.Text[next.Mention.Start..next.Mention.End], "inverted subject after the verb");
    }

    private const int MaxGap = 4;

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

    /// <summary>
    /// "…, hanno denunciato i suoi legali", "…, hanno riferito fonti locali": a finite verb of saying after a comma,
    /// followed by a noun phrase that names no actor, has that phrase for subject; the subject of the clause before
    /// is not carried over to it.
    /// </summary>
    public static bool Unnamed(Document document, SentenceAnalysis analysis, VerbGroup group)
    {
        var tokens = document.Tokens;
        if (!group.Reporting || group.NonFinite || group.Start <= analysis.Sentence.TokenStart || tokens[group.Start - 1].Lower != ","
            || group.End >= analysis.Sentence.TokenEnd || tokens[group.End].Pos is not (PartOfSpeech.Det or PartOfSpeech.Noun))
        {
            return false;
        }

        var k = group.End;
        while (k < analysis.Sentence.TokenEnd && tokens[k].Pos is PartOfSpeech.Det or PartOfSpeech.Num)
        {
            k++;
        }

        // After a determiner an adjective is the noun phrase's head as well ("i suoi legali").
        var head = k < analysis.Sentence.TokenEnd && (tokens[k].Pos == PartOfSpeech.Noun || (k > group.End && tokens[k].Pos == PartOfSpeech.Adj));
        return head && !analysis.Arguments.Any(a => a.TokenStart <= k && a.TokenEnd > k);
    }
}
