using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// A passive participle describing the noun that names its act: "la sospensione dei voli verso la Russia decisa da
/// Roma", "l'espulsione dei diplomatici estoni ordinata dal Cremlino". The act's target is the actor inside that noun
/// phrase; and a protest "contro" such a noun is aimed at the participle's agent, not at the actor inside it.
/// </summary>
internal sealed class DescribedNounTarget
{
    private const int AgentWindow = 3;

    private readonly ClauseGrammar grammar;

    public DescribedNounTarget(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The first actor between the required noun before a bare passive participle and that participle.</summary>
    public Participants? Target(Document document, SentenceAnalysis analysis, VerbGroup group, EventPattern pattern, int clauseStart, Participants? source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(pattern);
        if (!group.Passive || !group.BareParticiple || pattern.Requires.Length == 0)
        {
            return null;
        }

        var tokens = document.Tokens;
        for (var k = group.Start - 1; k >= clauseStart; k--)
        {
            if (!Required(tokens[k], pattern))
            {
                continue;
            }

            for (var a = 0; a < analysis.Arguments.Count; a++)
            {
                var argument = analysis.Arguments[a];
                if (argument.TokenStart > k && argument.TokenEnd <= group.Start && argument.Role is not (ArgumentRole.Agent or ArgumentRole.Attribution or ArgumentRole.Locative)
                    && (source is null || source.Actors[0].Primary != argument.Mention.Actor.Primary))
                {
                    return Participants.From([argument], document.Text[argument.Mention.Start..argument.Mention.End], "actor inside the noun the participle describes");
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "sono scesi in piazza contro la sospensione dei negoziati con l'Ue decisa dal governo": a target found after the
    /// opponent preposition, inside a noun phrase that a passive participle with an agent describes, gives way to that agent.
    /// </summary>
    public Participants? OpposedAgent(Document document, SentenceAnalysis analysis, int g, Participants? target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        if (target is null)
        {
            return null;
        }

        var tokens = document.Tokens;
        var head = analysis.Groups[g].Head;
        var opponent = -1;
        for (var k = head + 1; k < analysis.Sentence.TokenEnd && tokens[k].Start < target.Start; k++)
        {
            opponent = grammar.Prepositions.ValueOf(tokens[k].Lower) is { } p && grammar["opponentPreposition"].Contains(p) ? k : opponent;
        }

        if (opponent < 0 || g + 1 >= analysis.Groups.Count)
        {
            return null;
        }

        var participle = analysis.Groups[g + 1];
        if (!participle.Passive || !participle.BareParticiple || tokens[participle.Start].Start < target.End)
        {
            return null;
        }

        for (var a = 0; a < analysis.Arguments.Count; a++)
        {
            var argument = analysis.Arguments[a];
            if (argument.Role == ArgumentRole.Agent && argument.TokenStart > participle.Head && argument.TokenStart <= participle.Head + AgentWindow)
            {
                return Participants.From([argument], document.Text[argument.Mention.Start..argument.Mention.End], "agent of the act opposed");
            }
        }

        return null;
    }

    private static bool Required(Token token, EventPattern pattern)
    {
        for (var r = 0; r < pattern.Requires.Length; r++)
        {
            var item = pattern.Requires[r].Words;
            if (item.Length == 1 && (token.Lemma == item[0] || token.Lower == item[0]))
            {
                return true;
            }
        }

        return false;
    }
}
