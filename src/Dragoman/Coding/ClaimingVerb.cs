using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "sostenendo che si tratta di controlli sanitari": a verb that only claims when a complementizer follows it right
/// away (grammar key claimingLemma) has no object then, so a pattern that needs one ("sostenere X", support) does not apply.
/// </summary>
internal sealed class ClaimingVerb
{
    private readonly ClauseGrammar grammar;

    public ClaimingVerb(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public bool ReportsInstead(Token[] tokens, VerbGroup group, EventPattern pattern, int sentenceEnd)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.Target == TargetKind.Object && !pattern.Has(PatternFlags.ReportedSubject) && !pattern.Has(PatternFlags.ComplementClause)
            && grammar["claimingLemma"].Contains(group.Lemma) && group.End < sentenceEnd && grammar["complementizer"].Contains(tokens[group.End].Lower);
    }
}
