using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// The subject a verb names before it: the last bare mention of its clause and the mentions coordinated with it ("X, Y e Z
/// hanno firmato"), or the owner of a conjunct that names no actor itself ("il governo colombiano e i ribelli dell'Eln").
/// Split from <see cref="SubjectFinder"/>.
/// </summary>
internal sealed class ExplicitSubject
{
    private readonly ClauseGrammar grammar;

    public ExplicitSubject(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The mentions right before the verb, with those joined to them by a coordinator, as its subject; null when a pronoun stands between.</summary>
    public Participants? Find(Document document, SentenceAnalysis analysis, VerbGroup group, int boundary)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(group);
        var candidates = analysis.Arguments;
        var last = -1;
        for (var k = candidates.Count - 1; k >= 0 && last < 0; k--)
        {
            var a = candidates[k];
            if (a.TokenStart >= boundary && a.TokenEnd <= group.Start && a.Role == ArgumentRole.Bare)
            {
                last = k;
            }
        }

        // "a Philippine diplomat … what it called": a pronoun between the actor and the verb is the subject.
        if (last < 0 || PronounWithin(document.Tokens, candidates[last].TokenEnd, group.Start))
        {
            return null;
        }

        var chosen = new List<Argument> { candidates[last] };
        var joinedByConjunction = false;
        for (var k = last - 1; k >= 0; k--)
        {
            var gap = chosen[0].TokenStart - candidates[k].TokenEnd;
            var joiner = document.Tokens[candidates[k].TokenEnd].Lower;
            var conjunction = grammar["coordinator"].Contains(joiner) || grammar["corNegation"].Contains(joiner);
            // "Il Tagikistan ha convocato l'ambasciatore afghano e il governo di Dushanbe ha sospeso…": a mention after a
            // verb of its own clause is that verb's object, not a conjunct of the next verb's subject.
            if (candidates[k].TokenStart < boundary || candidates[k].Role != ArgumentRole.Bare || gap is < 1 or > 2 || !(conjunction || joiner == ",")
                || (VerbBefore.InClause(document.Tokens, grammar, analysis.Sentence.TokenStart, candidates[k].TokenStart) && !ReportedClauseStart(analysis, candidates[k].TokenStart)))
            {
                break;
            }

            joinedByConjunction |= conjunction;
            chosen.Insert(0, candidates[k]);
        }

        // "X, Y e Z hanno firmato" is a list; "If Iran attacks Israel, the United States could…" is not.
        if (!joinedByConjunction)
        {
            chosen.RemoveRange(0, chosen.Count - 1);
        }

        if (OwnedConjunct(document.Tokens, analysis, candidates, last, group) is { } owner)
        {
            chosen.Add(owner);
        }

        var text = document.Text[chosen[0].Mention.Start..chosen[^1].Mention.End];
        return Participants.From(chosen, text, "subject before the verb");
    }

    /// <summary>
    /// "Il governo colombiano e i ribelli dell'Eln hanno ripreso i negoziati": a conjunct that is a noun phrase naming no actor,
    /// owned by a mention after a genitive preposition right before the verb, stands for that owner.
    /// </summary>
    private Argument? OwnedConjunct(Token[] tokens, SentenceAnalysis analysis, IReadOnlyList<Argument> candidates, int last, VerbGroup group)
    {
        const int LongestNoun = 4;
        var after = candidates[last].TokenEnd;
        if (last + 1 >= candidates.Count || candidates[last + 1] is not { Role: ArgumentRole.Genitive } owner || owner.TokenEnd != group.Start
            || after >= owner.TokenStart || !grammar["coordinator"].Contains(tokens[after].Lower) || owner.TokenStart - after > LongestNoun + 2)
        {
            return null;
        }

        for (var k = after + 1; k < owner.TokenStart; k++)
        {
            if (tokens[k].Pos is not (PartOfSpeech.Det or PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Adp) || analysis.HeadsGroup(k))
            {
                return null;
            }
        }

        return owner;
    }

    /// <summary>"Oman said Iran and the United States had held talks": a mention right after a verb of saying opens the clause it reports.</summary>
    private static bool ReportedClauseStart(SentenceAnalysis analysis, int tokenStart)
    {
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            if (analysis.Groups[g].Reporting && analysis.Groups[g].Head + 1 == tokenStart)
            {
                return true;
            }
        }

        return false;
    }

    private bool PronounWithin(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (grammar["pronoun"].Contains(tokens[k].Lower) || grammar["institutionPronoun"].Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
