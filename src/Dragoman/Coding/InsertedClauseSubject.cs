using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// A subject keeps its verb across what commas set off after it: a relative clause whose own subject names no actor, or a
/// gerund phrase (split from <see cref="SubjectFinder"/>).
/// </summary>
internal sealed class InsertedClauseSubject
{
    private readonly ClauseGrammar grammar;

    public InsertedClauseSubject(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>
    /// "La Francia, le cui truppe sono in allerta, ha condannato…": a finite verb right after a relative clause set off by
    /// commas, whose own subject is no actor, belongs to the mention the clause follows, when that mention opens the clause.
    /// </summary>
    public Participants? ClosedRelativeAntecedent(Document document, SentenceAnalysis analysis, VerbGroup group)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(group);
        var tokens = document.Tokens;
        var start = analysis.Sentence.TokenStart;
        if (group.Start - 2 <= start || tokens[group.Start - 1].Lower != ",")
        {
            return null;
        }

        var comma = group.Start - 2;
        while (comma > start && tokens[comma].Lower != ",")
        {
            comma--;
        }

        var opener = comma + 1 < group.Start && tokens[comma + 1].Pos is PartOfSpeech.Det or PartOfSpeech.Adp ? comma + 2 : comma + 1;
        if (comma <= start || opener >= group.Start || !(grammar["relative"].Contains(tokens[opener].Lower) || grammar["obliqueRelative"].Contains(tokens[opener].Lower)))
        {
            return null;
        }

        var antecedent = analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Bare && a.TokenEnd == comma);
        return antecedent is null || (antecedent.TokenStart > start && tokens[antecedent.TokenStart - 1].Lower != ",") ? null
            : Participants.From([antecedent], document.Text[antecedent.Mention.Start..antecedent.Mention.End], "antecedent of the relative clause before the verb");
    }

    /// <summary>
    /// "France's foreign minister, speaking in Geneva, condemned…": a gerund set off by commas right after a subject is done
    /// by that subject, and the verb after it carries it on.
    /// </summary>
    public static Participants? ApposedGerundDoer(Document document, SentenceAnalysis analysis, int g)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        var group = analysis.Groups[g];
        var tokens = document.Tokens;
        if (group.Start - 1 <= analysis.Sentence.TokenStart || tokens[group.Start - 1].Lower != "," || !(tokens[group.Head].Features ?? "").Contains("ger", StringComparison.Ordinal))
        {
            return null;
        }

        var subject = analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Bare && a.TokenEnd == group.Start - 1);
        var opensClause = subject is not null && (subject.TokenStart == analysis.Sentence.TokenStart || tokens[subject.TokenStart - 1].Lower == ",");
        return subject is null || !opensClause || (g > 0 && analysis.Groups[g - 1].End > subject.TokenStart) ? null
            : Participants.From([subject], document.Text[subject.Mention.Start..subject.Mention.End], "subject the gerund is apposed to");
    }
}
