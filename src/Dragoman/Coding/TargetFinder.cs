using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Finds a pattern's target after the verb group, following its TARGET rule (data/README.md).</summary>
public sealed class TargetFinder
{
    private const string GovernmentSector = "GOV";

    private readonly ClauseGrammar grammar;

    private readonly Predicate<Argument>[] objectTiers;

    public TargetFinder(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        var genitive = grammar["genitivePreposition"];
        var dative = grammar["dativePreposition"];
        objectTiers =
        [
            // A genitive inside a prepositional phrase ("on the sidelines of the NATO summit") is no object.
            a => a.Role is ArgumentRole.Bare or ArgumentRole.Possessive || (a.Role == ArgumentRole.Genitive && a.Governor is null)
                || (a.Role == ArgumentRole.DemonymModifier && (a.Preposition is null || genitive.Contains(a.Preposition))),
            a => a.Role == ArgumentRole.Dative,
            a => a.Role == ArgumentRole.Locative && a.Preposition is { } p && dative.Contains(p),
            a => a.Role is ArgumentRole.Prepositional or ArgumentRole.DemonymModifier or ArgumentRole.Genitive,
            a => a.Role == ArgumentRole.Agent,
            a => a.Role == ArgumentRole.Locative,
        ];
    }

    public Participants? Find(Document document, EventPattern pattern, IReadOnlyList<Argument> arguments, int from, int to, Participants? subject)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(arguments);
        var candidates = new List<Argument>();
        var organs = grammar["organRoots"].Contains(pattern.Root);
        // "Greece demanded the release of the ship and its crew, six of them Greek nationals": outside acts done at home, a
        // state's own civilians are whom it speaks for, not whom it acts on.
        var ownPeopleExcluded = !organs && !grammar["domesticRoots"].Contains(pattern.Root);
        for (var aIndex = 0; aIndex < arguments.Count; aIndex++)
        {
            var a = arguments[aIndex];
            if (a.TokenStart >= from && a.TokenEnd <= to && a.Role != ArgumentRole.Attribution && (subject is null || !(organs ? SubjectArgument.SameCode(a, subject) : SubjectArgument.IsSubject(a, subject)))
                && !(ownPeopleExcluded && subject is not null && SubjectArgument.OwnCivilians(a, subject)))
            {
                candidates.Add(a);
            }
        }

        // "resumed talks with Egyptian and Qatari officials shuttling between them": "with" and a noun
        // phrase followed by a participle is a circumstance of the clause, not the partner of the act.
        for (var k = 0; k < candidates.Count; k++)
        {
            if (AbsolutePhrase.Opens(grammar, document.Tokens, candidates, k))
            {
                candidates.RemoveRange(k, AbsolutePhrase.Length(document.Tokens, candidates, k));
                break;
            }
        }

        // "ha preteso dalla Svezia…": an active verb followed at once by "da X" is asking something of X.
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Role == ArgumentRole.Agent && candidates[k].TokenStart <= from + 1)
            {
                candidates[k] = candidates[k] with { Role = ArgumentRole.Dative };
            }
        }

        var index = pattern.Target switch
        {
            TargetKind.Object => FirstObject(candidates),
            TargetKind.Preposition => PrepositionTarget(candidates, pattern, from),
            TargetKind.Any => AnyTarget(candidates),
            _ => NoTargetKind(candidates, grammar["opponentPreposition"]),
        };

        // "Students rallied outside the Chinese embassy in Dhaka": a protest held at a foreign state's mission is aimed at that
        // state rather than at the authorities of the city.
        if (pattern.Target == TargetKind.None && (index < 0 || candidates[index].Role == ArgumentRole.Locative) && grammar["siteTargetRoots"].Contains(pattern.Root))
        {
            index = ForeignSite(document.Tokens, candidates, from, subject) is var site and >= 0 ? site : index;
        }

        // "Saudi Arabia and Iran agreed … in a deal brokered by China": parties acting together on a
        // symmetric act face each other; the agent of a participle further on is the broker, not a party,
        // and the place where they met, or an actor inside a phrase of place, is no party ("le due parti si
        // sono incontrate a Washington", "signed … in the presence of the Saudi king").
        // Where a single party signed or met is no party either ("signed a unity declaration in Beijing").
        if (index >= 0 && pattern.Has(PatternFlags.Symmetric)
            && (IsPlace(candidates[index]) || ((candidates[index].Role == ArgumentRole.Agent || candidates[index] is { Role: ArgumentRole.Genitive, Governor: not null }) && subject?.Actors.Count > 1)))
        {
            return null;
        }

        return index < 0 ? null : WithCoordinated(document, candidates, index, "target");
    }

    /// <summary>
    /// "ha preteso che il Venezuela ritiri…", "demanded that Ukraine restore…": when the clause ends
    /// at a complementizer, the subject of the complement clause is the target.
    /// </summary>
    /// <param name="complementEnd">How far the complement clause may reach (the sentence's end): when its subject is of the verb's own
    /// country ("Xi pledged that Chinese companies would invest in Kazakhstan"), the first actor of another country after its verb,
    /// before a comma or a boundary word, is the target.</param>
    public Participants? ComplementSubject(Document document, IReadOnlyList<Argument> arguments, int from, int clauseEnd, int limit, Participants? subject, int complementEnd = 0)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(arguments);
        if (clauseEnd >= document.Tokens.Length || !grammar["complementizer"].Contains(document.Tokens[clauseEnd].Lower))
        {
            return null;
        }

        // "ha respinto le accuse che X sia responsabile": after a noun the clause belongs to the noun, not the verb;
        // not after a noun inside a prepositional phrase ("warned in a statement that…").
        var tokens = document.Tokens;
        for (var k = from; k < clauseEnd; k++)
        {
            if (tokens[k].Pos == PartOfSpeech.Noun && !InPrepositionalPhrase(tokens, from, k))
            {
                return null;
            }
        }

        var candidates = arguments.Where(a => a.TokenStart > clauseEnd && a.TokenEnd <= limit && a.Role == ArgumentRole.Bare)
            .Where(a => subject is null || !SubjectArgument.IsSubject(a, subject)).ToList();
        if (candidates.Count == 0)
        {
            // "ha avvertito che qualsiasi tentativo indiano…": the nationality of the complement's subject noun.
            candidates = arguments.Where(a => a.TokenStart > clauseEnd && a.TokenEnd <= limit && a.Role == ArgumentRole.DemonymModifier && a.Preposition is null)
                .Where(a => subject is null || !SubjectArgument.IsSubject(a, subject)).Take(1).ToList();
        }
        if (candidates.Count > 0 && subject is { Actors.Count: > 0 } && candidates[0].Mention.Actor.Primary == subject.Actors[0].Primary)
        {
            var country = subject.Actors[0].Primary;
            var end = limit;
            while (end < complementEnd && tokens[end].Lower is not ("," or ";") && !grammar["boundary"].Contains(tokens[end].Lower))
            {
                end++;
            }

            var other = arguments.FirstOrDefault(a => a.TokenStart >= limit && a.TokenEnd <= end && a.Role != ArgumentRole.Agent && a.Mention.Actor.Primary != country);
            if (other is not null)
            {
                return Participants.From([other], document.Text[other.Mention.Start..other.Mention.End], "first actor of another country in a complement clause whose subject is the speaker's own");
            }

            // "warned that Kabul would respond at a time of its choosing": the speaker's own state is not whom it acts on.
            if (candidates[0].Mention.Actor.Code == country)
            {
                return null;
            }
        }

        return candidates.Count == 0 ? null : WithCoordinated(document, candidates, 0, "subject of the complement clause");
    }

    /// <summary>Whether the noun at <paramref name="k"/> heads a phrase opened by a preposition: only articles, adjectives and nouns between.</summary>
    private static bool InPrepositionalPhrase(Token[] tokens, int from, int k)
    {
        var j = k - 1;
        while (j >= from && (tokens[j].Pos is PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.Num
            || (tokens[j].Pos == PartOfSpeech.Verb && TokenReadings.VerbFeatures(tokens[j]).Contains("pp", StringComparison.Ordinal))))
        {
            j--;
        }

        return j >= from && tokens[j].Pos == PartOfSpeech.Adp;
    }

    /// <summary>
    /// "ha lanciato missili contro basi in territorio pakistano", "colpi d'artiglieria nella regione
    /// russa di Kursk": a violent act with no named target hits the country where it happens, unless
    /// the source is that country's own state (rebels striking at home do hit it).
    /// </summary>
    public Participants? ConditionSubject(Document document, IReadOnlyList<Argument> arguments, int from, int to, Participants? source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(arguments);
        var tokens = document.Tokens.AsSpan();
        for (var k = from; k < to; k++)
        {
            if (grammar["threatConditional"].StartingAt(tokens, k) is not { } condition)
            {
                continue;
            }

            for (var aIndex = 0; aIndex < arguments.Count; aIndex++)
            {
                var a = arguments[aIndex];
                if (a.TokenStart >= condition.End && a.TokenEnd <= to && a.Role == ArgumentRole.Bare && (source is null || !SubjectArgument.IsSubject(a, source)))
                {
                    return Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], "subject of the condition");
                }
            }

            return null;
        }

        return null;
    }

    /// <param name="attacked">Also take a mention after an attackPreposition ("a strike on Kharkiv").</param>
    /// <param name="acted">Also take the genitive of the act ("the shelling of Kharkiv by Russian forces").</param>
    public Participants? Place(Document document, IReadOnlyList<Argument> arguments, int from, int to, Participants? source, bool attacked = false, bool acted = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(arguments);
        for (var aIndex = 0; aIndex < arguments.Count; aIndex++)
        {
            var a = arguments[aIndex];
            var hit = IsPlace(a) || (attacked && a.Preposition is { } p && grammar["attackPreposition"].Contains(p))
                || (acted && (a is { Role: ArgumentRole.Genitive, Governor: null } || (a.Role == ArgumentRole.DemonymModifier && a.Preposition is { } of && grammar["genitivePreposition"].Contains(of))));
            if (a.TokenStart < from || a.TokenEnd > to || a.Mention.Actor.Country is not { } country || !hit
                || (source is not null && source.Actors.Any(s => EventAssembler.SameActor(s, a.Mention.Actor with { Code = country }))))
            {
                continue;
            }

            var mention = a.Mention;
            return new Participants([mention.Actor with { Code = country }], document.Text[mention.Start..mention.End], mention.Start, mention.End, "the country where the act happens");
        }

        return null;
    }

    /// <summary>A place: after a preposition of place, or owning a noun after one ("nella regione di Kursk", "alla periferia di Mosca").</summary>
    private bool IsPlace(Argument a) =>
        a.Role == ArgumentRole.Locative
        || (a.Role == ArgumentRole.DemonymModifier && a.Preposition is { } p && grammar["locative"].Contains(p))
        || (a.Role == ArgumentRole.Genitive && a.Governor is { } g && (grammar["locative"].Contains(g) || grammar["capitalLocative"].Contains(g)));

    /// <summary>
    /// "scontri tra truppe thailandesi e cambogiane", "i colloqui tra Egitto ed Etiopia": two or more
    /// actors joined after a preposition of betweenness anywhere in the clause, for a symmetric act
    /// whose subject names no actor.
    /// </summary>
    public Participants? Between(Document document, IReadOnlyList<Argument> arguments, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(arguments);
        var candidates = arguments.Where(a => a.TokenStart >= from && a.TokenEnd <= to).ToList();
        var index = candidates.FindIndex(a => a.Preposition is { } p && grammar["betweenPreposition"].Contains(p));
        if (index < 0)
        {
            return null;
        }

        var pair = WithCoordinated(document, candidates, index, "the parties named after 'between'", verbMayFollow: true);
        return pair.Actors.Count > 1 ? pair : null;
    }

    /// <summary>The agent of a passive: "da X", "da parte di X", "by X" after the verb.</summary>
    public Participants? Agent(Document document, IReadOnlyList<Argument> arguments, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(arguments);

        // Most clauses have no agent: look for one before building the list of candidates.
        var hasAgent = false;
        for (var i = 0; i < arguments.Count && !hasAgent; i++)
        {
            hasAgent = arguments[i] is { Role: ArgumentRole.Agent } a && a.TokenStart >= from && a.TokenEnd <= to;
        }

        if (!hasAgent)
        {
            return null;
        }

        var candidates = arguments.Where(a => a.TokenStart >= from && a.TokenEnd <= to).ToList();
        var index = candidates.FindIndex(a => a.Role == ArgumentRole.Agent);
        return WithCoordinated(document, candidates, index, "agent of the passive");
    }

    /// <summary>
    /// The object in order of likelihood: a bare or genitive mention ("criticato gli Stati Uniti",
    /// "lodato la lungimiranza di Putin"), an indirect object, a capital after a/to ("inviato a
    /// Berlino"), any other preposition, the agent of a participle inside the object ("crimini
    /// commessi dalle forze venezuelane"), and last a place ("il colpo di Stato in Niger").
    /// </summary>
    private int FirstObject(List<Argument> candidates)
    {
        foreach (var tier in objectTiers)
        {
            var index = candidates.FindIndex(tier);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first mention after the verb; the agent of a participle in the object ("welcomed the deal
    /// signed in Washington by X and Y") before a place, which is only where it happened.
    /// </summary>
    private static int AnyTarget(List<Argument> candidates)
    {
        var index = candidates.FindIndex(a => a.Role is not (ArgumentRole.Agent or ArgumentRole.Locative));
        index = index >= 0 ? index : candidates.FindIndex(a => a.Role == ArgumentRole.Agent);
        return index >= 0 ? index : candidates.FindIndex(a => a.Role == ArgumentRole.Locative);
    }

    /// <summary>The first mention after one of the pattern's prepositions; else the agent of a participle in the object ("veto a una risoluzione presentata da X").</summary>
    private static int PrepositionTarget(List<Argument> candidates, EventPattern pattern, int from)
    {
        var index = candidates.FindIndex(a => (a.Role != ArgumentRole.Agent || a.TokenStart <= from + 1) && a.Preposition is { } p && pattern.TargetPrepositions.Contains(p));
        if (index < 0)
        {
            index = candidates.FindIndex(a => a.Governor is { } g && pattern.TargetPrepositions.Contains(g));
        }

        return index >= 0 ? index : candidates.FindIndex(a => a.Role == ArgumentRole.Agent);
    }

    /// <summary>Patterns with no target kind still take an opponent ("contro X") or, for shows of force, the place ("nel Libano").</summary>
    /// <summary>The first government mention of a country other than the subject's after a sitePreposition ("outside the Chinese embassy").</summary>
    private int ForeignSite(Token[] tokens, List<Argument> candidates, int from, Participants? subject)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var actor = candidates[k].Mention.Actor;
            if (candidates[k].TokenStart > from && grammar["sitePreposition"].EndingAt(tokens, candidates[k].TokenStart - 1, from) is not null
                && actor.Country is { } country && actor.Code.AsSpan(country.Length).StartsWith(GovernmentSector)
                && (subject is null || !subject.Actors.Any(s => s.Country == country)))
            {
                return k;
            }
        }

        return -1;
    }

    private static int NoTargetKind(List<Argument> candidates, WordSequenceSet opponents)
    {
        var against = candidates.FindIndex(a => (a.Preposition is { } p && opponents.Contains(p)) || (a.Governor is { } g && opponents.Contains(g)));
        if (against >= 0)
        {
            return against;
        }

        // "davanti all'ambasciata israeliana", "fired water cannon at a Philippine boat": whom the act
        // faces, else its object, else where it happens.
        var facing = candidates.FindIndex(a => a.Role == ArgumentRole.Dative);
        return facing >= 0 ? facing : candidates.FindIndex(a => a.Role == ArgumentRole.Locative);
    }

    /// <summary>
    /// "the Danish brewer Carlsberg and the French company Danone": a demonym's phrase runs on over the
    /// nouns it modifies, so the conjunction after them joins the next mention to it.
    /// </summary>
    private static int PhraseEnd(Token[] tokens, Argument argument, int limit)
    {
        const int MaxNouns = 3;
        var end = argument.TokenEnd;
        if (argument.Role != ArgumentRole.DemonymModifier)
        {
            return end;
        }

        while (end < limit && end - argument.TokenEnd < MaxNouns && tokens[end].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn)
        {
            end++;
        }

        return end;
    }

    private Participants WithCoordinated(Document document, List<Argument> candidates, int index, string how, bool verbMayFollow = false)
    {
        var chosen = new List<Argument> { candidates[index] };
        for (var k = index + 1; k < candidates.Count; k++)
        {
            var end = PhraseEnd(document.Tokens, chosen[^1], candidates[k].TokenStart);
            var gap = candidates[k].TokenStart - end;
            var joiner = document.Tokens[end].Lower;
            var next = candidates[k].TokenEnd < document.Tokens.Length ? document.Tokens[candidates[k].TokenEnd] : default;
            if (gap is < 1 or > 2 || !(grammar["coordinator"].Contains(joiner) || joiner == ",") || (!verbMayFollow && next.Pos is PartOfSpeech.Verb or PartOfSpeech.Aux))
            {
                // A conjunct followed by a verb is the subject of a new clause ("…to Ukraine, and Washington said"),
                // except in a subject noun phrase ("scontri tra X e Y sono scoppiati").
                break;
            }

            chosen.Add(candidates[k]);
        }

        var text = document.Text[chosen[0].Mention.Start..chosen[^1].Mention.End];
        return Participants.From(chosen, text, how);
    }
}
