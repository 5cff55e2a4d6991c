using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "«Hezbollah pagherà un prezzo pesante», ha promesso il premier israeliano", "«La Russia ha
/// colpito la centrale», ha denunciato Kiev": a verb after a quotation, whose own subject follows
/// it, is aimed at the subject of the quoted clause when it names no target of its own.
/// </summary>
public static class QuotationTarget
{
    private const string InvertedSubject = "inverted subject after the verb";
    private const string SubjectBefore = "subject before the verb";

    public static Participants? Find(Document document, SentenceAnalysis analysis, int g, EventPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(pattern);
        var group = analysis.Groups[g];
        var tokens = document.Tokens;
        if (g == 0 || pattern.Target is not (TargetKind.Object or TargetKind.Any) || analysis.Subjects[g]?.How != InvertedSubject
            || group.Start - 2 < analysis.Sentence.TokenStart || tokens[group.Start - 1].Lower != "," || tokens[group.Start - 2].Kind != TokenKind.Quote)
        {
            return null;
        }

        // The quoted clause is the last finite one before the quotation closes; a clause there whose subject is only
        // carried over ("«Gli Stati Uniti pagheranno un prezzo se continueranno ad armare l'isola»") goes back to the
        // clause inside the quotation that names it.
        var opening = group.Start - 3;
        while (opening >= analysis.Sentence.TokenStart && tokens[opening].Kind != TokenKind.Quote)
        {
            opening--;
        }

        for (var p = g - 1; p >= 0; p--)
        {
            if (analysis.Groups[p].NonFinite)
            {
                continue;
            }

            var quoted = analysis.Subjects[p];
            var carried = quoted is not null && (quoted.How.StartsWith("dropped subject", StringComparison.Ordinal) || quoted.How.StartsWith("carried", StringComparison.Ordinal));
            if (carried && analysis.Groups[p].Start > opening && opening >= analysis.Sentence.TokenStart)
            {
                continue;
            }

            return quoted is not null && quoted.How == SubjectBefore && !analysis.Groups[p].Passive ? quoted.Carried("subject of the quoted clause") : null;
        }

        return null;
    }
}
