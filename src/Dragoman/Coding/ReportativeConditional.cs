namespace Dragoman.Coding;

/// <summary>
/// "Secondo fonti di Erevan, Baku avrebbe chiesto…": in a sentence that names its source (grammar key attribution),
/// a conditional perfect (reportativeAux + past participle) reports an act that others say took place; it is
/// asserted under that attribution, not hypothetical, unless a condition governs it.
/// </summary>
internal sealed class ReportativeConditional
{
    private readonly ClauseGrammar grammar;

    public ReportativeConditional(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public bool Applies(EventContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var group = c.Group;
        var tokens = c.Document.Tokens;
        if (group.NonFinite || group.Head <= group.Start || !TokenReadings.VerbFeatures(tokens[group.Head]).StartsWith("pp", StringComparison.Ordinal))
        {
            return false;
        }

        var auxiliary = false;
        for (var k = group.Start; k < group.Head && !auxiliary; k++)
        {
            auxiliary = grammar["reportativeAux"].Contains(tokens[k].Lower);
        }

        if (!auxiliary)
        {
            return false;
        }

        var sentence = c.Analysis.Sentence;
        return grammar["attribution"].AnyStartingIn(tokens, sentence.TokenStart, sentence.TokenEnd);
    }
}
