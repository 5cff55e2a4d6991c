using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Where a verb's clause, its object and the words it reports end: boundary words, the next finite verb, coordinated clauses, free relatives and predicatives.</summary>
public sealed class ClauseBounds
{
    private const string SubjectBeforeVerb = "subject before the verb";

    private readonly ClauseGrammar grammar;

    public ClauseBounds(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>
    /// "met on Sunday to weigh a response to Iran's barrage": a direct object comes before an infinitive or
    /// gerund that follows other words, whose own words are its own. An infinitive right after the verb is its
    /// complement ("refused to receive X"), and so is one after a verb of intent or irrealis: both look on.
    /// </summary>
    public int ObjectEnd(Token[] tokens, SentenceAnalysis analysis, int g, EventPattern pattern, int after, int clauseEnd)
    {
        var group = analysis.Groups[g];
        clauseEnd = PredicativeStart(tokens, pattern, after, clauseEnd);
        if (pattern.Target != TargetKind.Object || pattern.Has(PatternFlags.InfinitiveComplement) || group.Irrealis || group.Intent || g + 1 >= analysis.Groups.Count)
        {
            return clauseEnd;
        }

        // "convicted three men, including two Russians": a gerund of inclusion names members of the object itself.
        var next = analysis.Groups[g + 1];
        return next.NonFinite && !next.BareParticiple && next.Start > after && next.Start < clauseEnd && !grammar["inclusionLemma"].Contains(next.Lemma) ? next.Start : clauseEnd;
    }

    /// <summary>
    /// "condemned the launch as a violation of UN Security Council resolutions", "rejected the claim as absurd": for roots in
    /// predicativeRoots, what follows a predicativeMarker after the object says what the object is, and names no target.
    /// </summary>
    public int PredicativeStart(Token[] tokens, EventPattern pattern, int after, int clauseEnd)
    {
        if (!grammar["predicativeRoots"].Contains(pattern.Root))
        {
            return clauseEnd;
        }

        for (var k = after + 1; k + 1 < clauseEnd; k++)
        {
            // The word before the marker ends the object: a noun, or a word a determiner makes one ("the launch").
            var nominal = tokens[k - 1].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn || TokenReadings.HasNominalReading(tokens[k - 1]) || tokens[k - 2].Pos == PartOfSpeech.Det;
            if (grammar["predicativeMarker"].Contains(tokens[k].Lower) && nominal
                && tokens[k + 1].Pos is PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Noun)
            {
                return k;
            }
        }

        return clauseEnd;
    }

    /// <summary>The clause ends at a boundary word or at the next finite verb; infinitives and gerunds are part of it.</summary>
    public int ForwardEnd(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        var end = analysis.Sentence.TokenEnd;
        var group = analysis.Groups[g];
        for (var k = g + 1; k < analysis.Groups.Count; k++)
        {
            // "ha lanciato razzi sul nord di Israele, provocando raid sul Libano": a gerund after a comma opens a clause of its own.
            if (AdjunctGerund(tokens, analysis.Groups[k]))
            {
                end = analysis.Groups[k].Start - 1;
                break;
            }

            if (!analysis.Groups[k].NonFinite)
            {
                end = analysis.Groups[k].Start;

                // "X and Y reached a deal, Qatar's prime minister announced": the speaker of an
                // inverted reporting clause is not part of the reported clause.
                end = analysis.Groups[k].Reporting ? LastComma(tokens, group.Head + 1, end) ?? end : end;
                end = CoordinatedSubjectStart(tokens, analysis, k, group.Head + 1) ?? end;
                break;
            }
        }

        var from = group.Head + 1;
        if (FreeRelativeNaming(tokens, analysis, g) is { } naming)
        {
            // "bombed what the army described as weapons depots in southern Lebanon", "condemned what it called a
            // provocation": the words the free relative names them with are the verb's object.
            (from, end) = (analysis.Groups[naming].Head + 1, analysis.Sentence.TokenEnd);
            for (var k = naming + 1; k < analysis.Groups.Count; k++)
            {
                if (!analysis.Groups[k].NonFinite)
                {
                    end = analysis.Groups[k].Reporting ? LastComma(tokens, from, analysis.Groups[k].Start) ?? analysis.Groups[k].Start : analysis.Groups[k].Start;
                    break;
                }
            }
        }

        for (var k = from; k < end; k++)
        {
            if (grammar["boundary"].Contains(tokens[k].Lower))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// "condemned the shelling and the Kenyan government called for…": where the subject of the next clause starts,
    /// when a coordinator joins that clause to this one, so that its subject is not read as this verb's object.
    /// </summary>
    private int? CoordinatedSubjectStart(Token[] tokens, SentenceAnalysis analysis, int next, int floor)
    {
        if (analysis.Subjects[next] is not { How: SubjectBeforeVerb } subject)
        {
            return null;
        }

        var first = analysis.Groups[next].Start;
        while (first > floor && tokens[first - 1].Start >= subject.Start)
        {
            first--;
        }

        // "pressing Hamas and Israel to accept a truce, officials said": a comma between the mention and the verb
        // means the mention is not that verb's subject (the inverted speaker is), so it opens no clause.
        for (var k = first; k < analysis.Groups[next].Start; k++)
        {
            if (tokens[k].Start >= subject.End && tokens[k].Lower == ",")
            {
                return null;
            }
        }

        var joiner = first - 1;
        if (joiner > floor && tokens[joiner].Lower == "," && grammar["coordinator"].Contains(tokens[joiner - 1].Lower))
        {
            joiner--;
        }

        return joiner >= floor && first < analysis.Groups[next].Start && grammar["coordinator"].Contains(tokens[joiner].Lower) ? joiner : null;
    }

    /// <summary>
    /// "condemned what it called a provocation": the first token of the words a free relative right after group
    /// <paramref name="g"/> names its object with, or null when no such free relative follows.
    /// </summary>
    public int? NamedObjectStart(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(analysis);
        return FreeRelativeNaming(tokens, analysis, g) is { } naming ? analysis.Groups[naming].Head + 1 : null;
    }

    /// <summary>The verb of naming (grammar key namingLemma) of a free relative (freeRelative) right after group <paramref name="g"/>, or null.</summary>
    private int? FreeRelativeNaming(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        var after = analysis.Groups[g].Head + 1;
        if (after >= analysis.Sentence.TokenEnd || !grammar["freeRelative"].Contains(tokens[after].Lower))
        {
            return null;
        }

        for (var k = g + 1; k < analysis.Groups.Count; k++)
        {
            if (!analysis.Groups[k].NonFinite)
            {
                return grammar["namingLemma"].Contains(analysis.Groups[k].Lemma) ? k : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "said (that) ties with Australia were…": the reported clause's subject runs from the complementizer, if
    /// any, to its verb; patterns flagged <c>reported</c> may find their words and target there.
    /// </summary>
    public int ReportedSubjectEnd(Token[] tokens, SentenceAnalysis analysis, int g, int clauseEnd)
    {
        var complementizer = clauseEnd < analysis.Sentence.TokenEnd && grammar["complementizer"].Contains(tokens[clauseEnd].Lower);
        for (var k = g + 1; k < analysis.Groups.Count; k++)
        {
            var next = analysis.Groups[k];
            if (!next.NonFinite)
            {
                return complementizer || next.Start == clauseEnd ? next.Start : clauseEnd;
            }
        }

        return clauseEnd;
    }

    /// <summary>
    /// "vowed that Iran would pay a heavy price": the clause a verb governs, after a complementizer or right
    /// after the verb's own clause, ends where that clause's verb group's own clause ends.
    /// </summary>
    public int ComplementEnd(Token[] tokens, SentenceAnalysis analysis, int g, int clauseEnd)
    {
        var complementizer = clauseEnd < analysis.Sentence.TokenEnd && grammar["complementizer"].Contains(tokens[clauseEnd].Lower);
        for (var k = g + 1; k < analysis.Groups.Count; k++)
        {
            if (!analysis.Groups[k].NonFinite)
            {
                return complementizer || analysis.Groups[k].Start == clauseEnd ? ForwardEnd(tokens, analysis, k) : clauseEnd;
            }
        }

        return clauseEnd;
    }

    // A gerund of inclusion names members of the object before it, which stays in the clause ("arrested dozens, including two French citizens").
    private bool AdjunctGerund(Token[] tokens, VerbGroup group) =>
        group.NonFinite && group.Start > 0 && tokens[group.Start - 1].Lower == "," && tokens[group.Head].Features is { } features
        && features.Contains("ger", StringComparison.Ordinal) && !grammar["inclusionLemma"].Contains(group.Lemma);

    private static int? LastComma(Token[] tokens, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (tokens[k].Lower == ",")
            {
                return k;
            }
        }

        return null;
    }
}
