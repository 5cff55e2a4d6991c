using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// The subject of a clause that names no actor as its subject but qualifies the subject noun by
/// nationality or owner: "Un raid israeliano ha ucciso…", "the IMF's board approved…", "miliziani di
/// Hamas hanno…". Split from <see cref="SubjectFinder"/>, which tries it after the explicit subject.
/// </summary>
internal sealed class NationalSubjectFinder(ClauseGrammar grammar)
{
    /// <summary>"Un raid israeliano ha ucciso…", "the IMF's board approved…", "miliziani di Hamas hanno…": with no named subject, the nationality or owner of the subject noun.</summary>
    public Participants? Find(Document document, SentenceAnalysis analysis, VerbGroup group, int boundary)
    {
        if (AgentInSubject(document, analysis, group, boundary) is { } agent)
        {
            return agent;
        }

        Argument? national = null;
        for (var i = 0; i < analysis.Arguments.Count && national is null; i++)
        {
            var a = analysis.Arguments[i];
            national = a.TokenStart >= boundary && a.TokenEnd <= group.Start
                && (a.Role is ArgumentRole.DemonymModifier or ArgumentRole.Possessive && a.Preposition is null && !AfterPreposition(document, a, boundary)
                    || (OwnerRole(a) && OwnsSubjectNoun(document, a, boundary))) ? a : null;
        }

        if (national is null)
        {
            return null;
        }

        // "Le marine di India e Stati Uniti hanno condotto…": every owner in a coordinated genitive acts.
        var owners = new List<Argument> { national };
        if (OwnerRole(national))
        {
            var at = 0;
            while (at < analysis.Arguments.Count && !ReferenceEquals(analysis.Arguments[at], national))
            {
                at++;
            }

            for (var k = at + 1; k < analysis.Arguments.Count; k++)
            {
                var next = analysis.Arguments[k];
                if (next.Role != national.Role || next.TokenEnd > group.Start || next.TokenStart - owners[^1].TokenEnd is < 1 or > 2
                    || !(document.Tokens[owners[^1].TokenEnd].Pos == PartOfSpeech.Cconj || document.Tokens[owners[^1].TokenEnd].Lower == ","))
                {
                    break;
                }

                owners.Add(next);
            }
        }

        return Participants.From(owners, document.Text[national.Mention.Start..owners[^1].Mention.End], "nationality of the subject noun");
    }

    /// <summary>
    /// A genitive, or a phrase after a preposition that names whom a group of people comes from or speaks for
    /// ("officials from Russia and Ukraine met…", "negotiators for Israel and Hamas resumed…").
    /// </summary>
    private bool OwnerRole(Argument a) =>
        a.Role == ArgumentRole.Genitive
        || (a.Role == ArgumentRole.Prepositional && a.Preposition is { } p && grammar["ownerPreposition"].Contains(p));

    /// <summary>How a doer named after "by" inside the subject noun phrase is found.</summary>
    public const string SubjectAgent = "doer named after 'by' in the subject noun phrase";

    /// <summary>
    /// "The shelling of Kharkiv by Russian forces killed…": an act named by the subject noun, with its
    /// doer after "by" right behind a noun, was done by that doer.
    /// </summary>
    private Participants? AgentInSubject(Document document, SentenceAnalysis analysis, VerbGroup group, int boundary)
    {
        var tokens = document.Tokens;
        foreach (var a in analysis.Arguments)
        {
            if (a.TokenStart < boundary || a.TokenEnd > group.Start || a.Role != ArgumentRole.Prepositional || a.Preposition is not { } p || !grammar["agent"].Contains(p))
            {
                continue;
            }

            var by = tokens[a.TokenStart - 1].Pos == PartOfSpeech.Det ? a.TokenStart - 2 : a.TokenStart - 1;
            return by - 1 > boundary && tokens[by - 1].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn && tokens[boundary].Kind == TokenKind.Word
                ? Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], SubjectAgent) : null;
        }

        return null;
    }

    /// <summary>
    /// "Miliziani di Hamas hanno…", "Fighters of the RSF…": the genitive right after the clause's first
    /// noun, or after a noun with its own complement ("i ministri degli Esteri del G7").
    /// </summary>
    private bool OwnsSubjectNoun(Document document, Argument argument, int boundary)
    {
        var tokens = document.Tokens;
        var noun = argument.TokenStart - 2;
        if (noun < boundary || (tokens[noun].Pos is not (PartOfSpeech.Noun or PartOfSpeech.Propn) && !TokenReadings.HasNominalReading(tokens[noun])))
        {
            return false;
        }

        if (OpensClause(document, noun, boundary))
        {
            return true;
        }

        var head = noun - 2;
        return head >= boundary && tokens[head].Pos == PartOfSpeech.Noun && grammar.Prepositions.EndingAt(tokens, noun - 1, boundary) is { } of
            && grammar["genitivePreposition"].Contains(of.Value) && OpensClause(document, head, boundary);
    }

    /// <summary>Whether a noun is the first word of its clause, but for an article, a number or a time expression.</summary>
    private static bool OpensClause(Document document, int noun, int boundary)
    {
        var tokens = document.Tokens;
        return noun == boundary || tokens[noun - 1].Pos is PartOfSpeech.Det or PartOfSpeech.Num || tokens[noun - 1].Kind != TokenKind.Word
            || EndsTimeExpression(document, noun) || (noun - 1 > boundary && TitleWord(tokens[noun - 1]) && tokens[noun - 2].Pos == PartOfSpeech.Det);
    }

    /// <summary>"L'Alto commissario dell'Onu", "the top commander of Hamas": one word of the title between the article and its noun.</summary>
    private static bool TitleWord(Token token) =>
        token.Pos is PartOfSpeech.Adj or PartOfSpeech.Noun || (token.Pos is PartOfSpeech.Propn && token.IsCapitalized);

    /// <summary>"Sabato miliziani di Hamas hanno…": a time expression may open the clause before the subject noun.</summary>
    private static bool EndsTimeExpression(Document document, int tokenAfter)
    {
        foreach (var time in document.TimeExpressions)
        {
            if (time.TokenEnd == tokenAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterPreposition(Document document, Argument argument, int boundary)
    {
        for (var k = argument.TokenStart - 1; k >= boundary && k >= argument.TokenStart - 3; k--)
        {
            if (document.Tokens[k].Pos == PartOfSpeech.Adp)
            {
                return true;
            }
        }

        return false;
    }
}
