using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Targets (and a few sources) a clause gets when its verb names none: the place or people where it happens, the authorities at home, the target of the same speaker's act before, co-agents named alongside the subject, the doer named by a means noun.</summary>
internal sealed class FallbackTargets
{
    private const string CivilianSector = "CVL";

    private readonly ClauseGrammar grammar;

    public FallbackTargets(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>
    /// The first place named in [from, to) that belongs to a country: a locative mention, or a demonym after a locative
    /// preposition that tells whose place a common noun is ("nella capitale keniota", "in a Syrian village").
    /// </summary>
    private Argument? FirstPlace(IReadOnlyList<Argument> arguments, int from, int to) =>
        arguments.FirstOrDefault(a => a.TokenStart >= from && a.TokenEnd <= to && a.Mention.Actor.Country is not null
            && (a.Role == ArgumentRole.Locative || (a.Role == ArgumentRole.DemonymModifier && a.Preposition is { } p && grammar["locative"].Contains(p))));

    /// <summary>
    /// The people of the place where an act with no named doer happens: a place named after the verb in its clause
    /// ("decine di attivisti hanno manifestato nella capitale keniota"), else one named earlier in the sentence.
    /// </summary>
    public Participants? PlaceAsActor(Document document, IReadOnlyList<Argument> arguments, int after, int from, int to)
    {
        var place = FirstPlace(arguments, after, to) ?? FirstPlace(arguments, from, to);
        // The people of a place are its civilians, not its state: their protest against the government is kept.
        return place is null ? null : new Participants([place.Mention.Actor with { Code = place.Mention.Actor.Country! + CivilianSector }], document.Text[place.Mention.Start..place.Mention.End], place.Mention.Start, place.Mention.End, "people in the place named");
    }

    /// <summary>"at least five opposition figures were detained overnight in Tbilisi": the authorities of the first place named, or null.</summary>
    public Participants? PlaceAuthorities(Document document, IReadOnlyList<Argument> arguments, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(document);
        var place = FirstPlace(arguments, from, to);
        if (place?.Mention.Actor.Country is not { } country)
        {
            return null;
        }

        var actor = new Actors.Actor(country, country, place.Mention.Actor.Name);
        return new Participants([actor], document.Text[place.Mention.Start..place.Mention.End], place.Mention.Start, place.Mention.End, "the authorities of the place where it happened");
    }

    /// <summary>
    /// A protest or strike with no target is aimed at the authorities where it happens: the
    /// country of a place named in the clause, else the protesters' own country.
    /// </summary>
    public Participants? DomesticTarget(Document document, IReadOnlyList<Argument> arguments, int from, int to, Participants source)
    {
        var place = FirstPlace(arguments, from, to);
        var country = place?.Mention.Actor.Country ?? source.Actors[0].Country;
        if (country is null)
        {
            return null;
        }

        var actor = new Actors.Actor(country, country, place?.Mention.Actor.Name ?? country);
        return new Participants([actor], place is null ? source.Text : document.Text[place.Mention.Start..place.Mention.End], source.Start, source.End, "the authorities where the protest happens");
    }

    /// <summary>
    /// "killed in a Russian drone attack": a mention after a means preposition whose next word is a
    /// means noun (attack, airstrike, shelling) names who used those means.
    /// </summary>
    public Argument? MeansDoer(Token[] tokens, IReadOnlyList<Argument> arguments, int from, int to)
    {
        foreach (var argument in arguments)
        {
            if (argument.TokenStart >= from && argument.TokenEnd < to && argument.Preposition is { } preposition
                && grammar["meansPreposition"].Contains(preposition) && grammar["meansNoun"].StartingAt(tokens, argument.TokenEnd) is not null)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// "Kenya's president met Haiti's prime minister. He promised to send more police officers": a pledge or
    /// aid told in the next sentence by the same speaker, with a pronoun or no subject and no target of
    /// its own, is aimed at whom the last act of the sentence before was (roots in discourseTargetRoots).
    /// </summary>
    public Participants? PreviousSentenceTarget(SentenceAnalysis analysis, List<CodedEvent> events, DiscourseState state, Participants? subject, string code)
    {
        if (subject is null || !grammar["discourseTargetRoots"].Contains(code[..2]) || state.LastTarget is not { } last || last.Sentence != analysis.Sentence.Index - 1
            || !(subject.How.StartsWith("pronoun", StringComparison.Ordinal) || subject.How.StartsWith("dropped subject", StringComparison.Ordinal)))
        {
            return null;
        }

        for (var e = events.Count - 1; e >= 0 && events[e].Sentence == last.Sentence; e--)
        {
            foreach (var actor in subject.Actors)
            {
                if (actor.Code == events[e].Source?.Code && events[e].Target is { } to && last.Target.Actors.Any(t => t.Code == to.Code))
                {
                    return last.Target.Carried("target of the same speaker's act in the sentence before");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "L'esercito cinese ha avviato esercitazioni attorno a Taiwan. Pechino ha minacciato di punire ogni tentativo di
    /// indipendenza": an act of a root in doerTargetRoots whose named subject names no target is aimed at whom the last
    /// asserted act of the same country, told in this sentence or the two before, was aimed.
    /// </summary>
    public Participants? DoerTarget(Token[] tokens, SentenceAnalysis analysis, VerbGroup group, List<CodedEvent> events, Participants? subject, string code)
    {
        // Only a subject named in the clause itself; a verb followed by a complementizer says what it is about there
        // ("ha avvertito che l'Europa può morire"), and a clause with no actor in it is aimed at no one.
        var named = subject is { How: "subject before the verb" } || subject?.How.StartsWith("inverted subject", StringComparison.Ordinal) == true;
        if (!named || subject!.Actors.Count != 1 || subject.Actors[0].Country is not { } country || !grammar["doerTargetRoots"].Contains(code[..2])
            || (group.End < analysis.Sentence.TokenEnd && grammar["complementizer"].Contains(tokens[group.End].Lower)))
        {
            return null;
        }

        for (var e = events.Count - 1; e >= 0 && events[e].Sentence >= analysis.Sentence.Index - 2; e--)
        {
            if (events[e] is { Negated: false, Mood: EventMood.Asserted, Source.Country: { } doer, Target: { Country: { } done } target } last && doer == country && done != country)
            {
                return new Participants([target], last.TargetText ?? target.Name, last.Evidence.Start, last.Evidence.End, "target of the same country's last act");
            }
        }

        return null;
    }

    /// <summary>
    /// "Parigi ha chiesto il rilascio dei due cittadini francesi detenuti in Iran": an act of a root in heldAbroadRoots
    /// whose target is the doer's own people is aimed at the country of the place named after them, where they are held.
    /// </summary>
    public Participants? HeldAbroad(Document document, IReadOnlyList<Argument> arguments, string root, Participants? source, Participants? target, int to)
    {
        if (source is not { Actors.Count: > 0 } || source.Actors[0].Country is not { } own || target is null || !grammar["heldAbroadRoots"].Contains(root)
            || !target.Actors.All(a => a.Country == own))
        {
            return null;
        }

        var place = arguments.FirstOrDefault(a => a.Mention.Start >= target.End && a.TokenEnd <= to && a.Mention.Actor.Country is { } country && country != own
            && (a.Role == ArgumentRole.Locative || (a.Role == ArgumentRole.DemonymModifier && a.Preposition is { } p && grammar["locative"].Contains(p))));
        return place is null ? null
            : new Participants([new Actors.Actor(place.Mention.Actor.Country!, place.Mention.Actor.Country!, place.Mention.Actor.Name)], document.Text[place.Mention.Start..place.Mention.End], place.Mention.Start, place.Mention.End, "the country where the doer's people are held");
    }

    /// <summary>
    /// "arrested dozens of Palestinians and clashed with armed militants": a verb whose target preposition
    /// follows it names its own counterpart, though no actor, and takes none from the verb before; a
    /// pronoun there ("clashed with them") stands for that target.
    /// </summary>
    public bool OwnPrepositionalTarget(Token[] tokens, EventPattern pattern, int after) =>
        pattern.Target == TargetKind.Preposition && grammar.Prepositions.StartingAt(tokens, after) is { } preposition && pattern.TargetPrepositions.Contains(preposition.Value)
        && preposition.End < tokens.Length && tokens[preposition.End].Pos != PartOfSpeech.Pron;

    public static bool SameRootBefore(List<CodedEvent> events, int sentence, string code) =>
        events.Count > 0 && events[^1].Sentence == sentence && events[^1].Target is not null && events[^1].Cameo.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2));

    /// <summary>Mentions after "alongside", "together with", "as well as" (grammar key coAgent) in [from, to).</summary>
    public List<Argument> CoAgents(Token[] tokens, IReadOnlyList<Argument> arguments, int from, int to)
    {
        var found = new List<Argument>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var a = arguments[i];
            if (a.TokenStart <= from || a.TokenEnd > to)
            {
                continue;
            }

            var last = a.TokenStart - 1;
            last = tokens[last].Pos == PartOfSpeech.Det && last > from ? last - 1 : last;
            var joined = found.Count > 0 && found[^1].TokenEnd == a.TokenStart - 1 && grammar["coordinator"].Contains(tokens[found[^1].TokenEnd].Lower);
            if (joined || grammar["coAgent"].EndingAt(tokens, last, from) is not null)
            {
                found.Add(a);
            }
        }

        return found;
    }

    /// <summary>"accusandolo", "definendole": an object clitic, not a reflexive one, attached to the verb.</summary>
    public bool EncliticObject(Token head)
    {
        if (head.Features?.Contains("clitic", StringComparison.Ordinal) != true || head.Lower.Length < 4)
        {
            return false;
        }

        var last = head.Lower[^2..];
        return grammar["clitic"].Contains(last) && !grammar["reflexive"].Contains(last);
    }
}
