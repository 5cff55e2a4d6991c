using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "Brussels insisted that Tbilisi withdraw the law", "urged that the embargo be lifted": after a verb
/// of demanding (grammar key <c>mandative:CODE</c>) and a complementizer, a clause whose verb stands in
/// its dictionary form although its subject is a third person (the mandative subjunctive) says what is
/// asked of that subject: a demand, not a fact.
/// </summary>
public sealed class MandativeClause
{
    private readonly ClauseGrammar grammar;

    public MandativeClause(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The code of the demand and the index of the verb of demanding, when group <paramref name="g"/> is such a clause.</summary>
    public (string Code, int Demand)? Find(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(analysis);
        var k = g - 1;
        if (k < 0 || grammar.Mandatives.Count == 0 || analysis.Groups[g].NonFinite || grammar.Mandatives.ValueOf(analysis.Groups[k].Lemma) is not { } code || !BaseForm(tokens, analysis.Groups[g]))
        {
            return null;
        }

        for (var t = analysis.Groups[k].Head + 1; t < analysis.Groups[g].Start; t++)
        {
            if (grammar["complementizer"].Contains(tokens[t].Lower))
            {
                return (code, k);
            }
        }

        return null;
    }

    /// <summary>The group opens with a verb in its dictionary form that is no modal and no auxiliary of tense ("withdraw", "be lifted"; not "can", "has", "does").</summary>
    private bool BaseForm(Token[] tokens, VerbGroup group)
    {
        // "insisted that Armenia first amend its constitution": an adverb may open the group before its verb.
        var start = group.Start;
        while (start < group.Head && tokens[start].VerbLemma is null)
        {
            start++;
        }

        var first = tokens[start];
        if (group.Past || group.Future || group.Hypothetical || first.VerbLemma is not { } lemma || !string.Equals(first.Lower, lemma, StringComparison.Ordinal))
        {
            return false;
        }

        return !grammar["modalLemma"].Contains(lemma) && (!grammar["auxLemma"].Contains(lemma) || grammar["passiveLemma"].Contains(lemma));
    }
}
