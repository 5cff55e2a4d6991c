using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Armed men nobody names ("uomini armati hanno ucciso…", "rapiti da una banda armata"; grammar key
/// <c>unnamedPerpetrator</c>) belong to the country where they act: that of the first place the sentence
/// names, else that of whom they hit. CAMEO codes them as that country's unidentified armed forces (UAF),
/// which are no organ of its state, so that what they do at home is kept.
/// </summary>
internal sealed class UnnamedPerpetrator
{
    private const string UnidentifiedArmedForces = "UAF";

    // How many words before the verb group the subject's noun may start ("Una banda armata ha rapito").
    private const int SubjectReach = 4;

    // How many words after the agent preposition the noun may start ("da un gruppo di uomini armati").
    private const int AgentReach = 4;

    private readonly ClauseGrammar grammar;

    public UnnamedPerpetrator(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The unnamed armed men who did the act of <paramref name="group"/>, coded by where they acted, or null.</summary>
    public Participants? Find(Document document, SentenceAnalysis analysis, VerbGroup group, int clauseStart, int clauseEnd, Participants? target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(group);
        var tokens = document.Tokens;
        var nouns = grammar["unnamedPerpetrator"];
        var start = group.Passive ? AgentNoun(tokens, nouns, group.Head + 1, clauseEnd) : FirstNoun(tokens, nouns, Math.Max(clauseStart, group.Start - SubjectReach), group.Start);
        if (start < 0)
        {
            return null;
        }

        var place = Place(tokens, analysis.Arguments, analysis.Sentence.TokenStart, analysis.Sentence.TokenEnd);
        var country = place?.Mention.Actor.Country ?? (target is { Actors.Count: > 0 } ? target.Actors[0].Country : null);
        if (country is null)
        {
            return null;
        }

        var actor = new Actor(country + UnidentifiedArmedForces, country, place?.Mention.Actor.Name ?? target!.Actors[0].Name);
        return new Participants([actor], document.Text[tokens[start].Start..tokens[start].End], tokens[start].Start, tokens[start].End, "unnamed armed men of the place where they acted");
    }

    /// <summary>Whether an event's source names nobody: none at all, or the unidentified armed forces of a place, whom a later claim may name.</summary>
    public static bool IsUnnamed(Actor? source) =>
        source is null || (source.Country is { } country && source.Code.Length == country.Length + UnidentifiedArmedForces.Length && source.Code.EndsWith(UnidentifiedArmedForces, StringComparison.Ordinal));

    /// <summary>What unnamed armed men do with no one named as its target is done at home: the country they belong to.</summary>
    public static Participants Home(Participants perpetrator)
    {
        ArgumentNullException.ThrowIfNull(perpetrator);
        var country = perpetrator.Actors[0].Country!;
        return perpetrator with { Actors = [new Actor(country, country, perpetrator.Actors[0].Name)], How = "the country where unnamed armed men acted" };
    }

    private static int FirstNoun(Token[] tokens, WordSequenceSet nouns, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
        {
            if (nouns.StartingAt(tokens, k) is not null)
            {
                return k;
            }
        }

        return -1;
    }

    private int AgentNoun(Token[] tokens, WordSequenceSet nouns, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (grammar["agent"].StartingAt(tokens, k) is { } agent)
            {
                return FirstNoun(tokens, nouns, agent.End, Math.Min(to, agent.End + AgentReach));
            }
        }

        return -1;
    }

    /// <summary>
    /// The first place of a country the sentence names: after a preposition of place, or inside a phrase one opens
    /// a few words before it ("nella provincia di Suwayda", "nei pressi di Gadames", "alla periferia di Port-au-Prince").
    /// </summary>
    private Argument? Place(Token[] tokens, IReadOnlyList<Argument> arguments, int from, int to)
    {
        foreach (var a in arguments)
        {
            if (a.TokenStart >= from && a.TokenEnd <= to && a.Mention.Actor.Country is not null
                && (a.Role == ArgumentRole.Locative || (a.Role is ArgumentRole.Genitive or ArgumentRole.DemonymModifier && PlaceBefore(tokens, Math.Max(from, a.TokenStart - PhraseReach), a.TokenStart))))
            {
                return a;
            }
        }

        return null;
    }

    // How many words before a genitive the preposition of place opening its phrase may stand.
    private const int PhraseReach = 4;

    private bool PlaceBefore(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var lower = tokens[k].Lower;
            var preposition = grammar.Prepositions.ValueOf(lower) ?? lower;
            if (grammar["locative"].Contains(lower) || grammar["locative"].Contains(preposition) || grammar["capitalLocative"].Contains(preposition))
            {
                return true;
            }
        }

        return false;
    }
}
