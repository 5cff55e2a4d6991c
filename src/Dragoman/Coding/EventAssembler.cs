using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Turns a matched verb group with its source and target into events: one per source–target pair
/// (both directions for symmetric patterns), with negation, mood, attribution and evidence.
/// </summary>
public sealed class EventAssembler
{
    /// <summary>How many words after the verb a reciprocal marker may stand ("accused each other", "si sono accusati a vicenda").</summary>
    private const int ReciprocalReach = 3;

    private readonly ClauseGrammar grammar;
    private readonly CodeMapping threats;
    private readonly EventModality modality;
    private readonly CodeMapping intents;

    public EventAssembler(ClauseGrammar grammar, CodeMapping threats, CodeMapping intents)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(threats);
        ArgumentNullException.ThrowIfNull(intents);
        this.grammar = grammar;
        this.threats = threats;
        modality = new EventModality(grammar);
        this.intents = intents;
    }

    public IEnumerable<CodedEvent> Assemble(EventContext context, Participants? source, Participants? target)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((source is null || source.Actors.Count == 0) && target is not null && !context.Group.BareParticiple && grammar["unknownSourceRoots"].Contains(context.Pattern.Root))
        {
            // "Gunmen shot dead…", "sono stati uccisi dieci soldati": the perpetrator is not named.
            return Unnamed(Template(context, source, target), target);
        }

        if (source is null || source.Actors.Count == 0)
        {
            return [];
        }

        var pattern = context.Pattern;
        var domestic = target?.How.StartsWith("the authorities", StringComparison.Ordinal) == true;

        // "investigators questioned the impeached president": organs of one state may act on each other (organRoots).
        var organs = grammar["organRoots"].Contains(pattern.Root);
        var events = new List<CodedEvent>();
        CodedEvent? template = null;
        var (sources, targets) = (source.Actors, target?.Actors);
        var exchanged = Exchanged(context);

        // "Moscow and Kyiv each freed 150 prisoners in an exchange brokered by the UAE": the parties of a swap act on each other.
        targets = sources.Count > 1 && exchanged ? null : targets;
        if (targets is not null)
        {
            var symmetric = pattern.Has(PatternFlags.Symmetric) || exchanged;
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = 0; j < targets.Count; j++)
                {
                    Emit(sources[i], source.Text, targets[j], target!.Text);
                    if (symmetric)
                    {
                        Emit(targets[j], target.Text, sources[i], source.Text);
                    }
                }
            }
        }
        else if (sources.Count > 1 && (pattern.Has(PatternFlags.Symmetric) || (source.Pair && grammar["mutualRoots"].Contains(pattern.Root)) || Reciprocal(context) || exchanged))
        {
            // Coordinated parties of a symmetric act, or a pair named as one ("the two countries
            // pledged to open transport routes"), act on each other.
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = 0; j < sources.Count; j++)
                {
                    if (sources[j] != sources[i])
                    {
                        Emit(sources[i], source.Text, sources[j], source.Text);
                    }
                }
            }
        }

        if (events.Count > 0 && intents.For(pattern.Code) is { } intent && modality.Desired(context) && events[0].Mood == EventMood.Hypothetical)
        {
            // "stands ready to help Sudan", "hopes to sign a treaty with Azerbaijan": the act is not done, but
            // its subject's readiness or wish is an intent to cooperate, the subject's alone (no symmetric copy).
            // Its trigger runs from the word of readiness or wish to the act: "is ready to send", "hoped to sign".
            var tokens = context.Document.Tokens;
            var trigger = context.Document.Text[tokens[context.Analysis.Groups[context.GroupIndex - 1].Start].Start..tokens[context.Group.Head].End];
            for (int i = 0, count = events.Count; i < count; i++)
            {
                if (sources.Contains(events[i].Source!))
                {
                    events.Add(events[i] with { Cameo = intent, Mood = EventMood.Asserted, Evidence = events[i].Evidence with { Trigger = trigger } });
                }
            }
        }

        return events;

        // Indexed loops and no list of pairs: this runs for every matched verb, and enumerating the
        // actor lists through their interface boxed an enumerator per loop.
        void Emit(Actor from, string fromText, Actor? to, string? toText)
        {
            if ((to is not null && (organs ? from.Code == to.Code : !domestic && SameActor(from, to))) || Coded(events, from, to))
            {
                return;
            }

            // Mood, negation, attribution and evidence belong to the verb group: computed once for all pairs.
            template ??= Template(context, source, target);
            events.Add(template with { Source = from, SourceText = fromText, Target = to, TargetText = toText });
        }
    }

    // Apart from Assemble so that its parameters are not captured by a lambda (a closure per call).
    private static IEnumerable<CodedEvent> Unnamed(CodedEvent unnamed, Participants target) =>
        target.Actors.Select(t => unnamed with { Target = t, TargetText = target.Text });

    /// <summary>"India and Pakistan accused each other", "si sono accusati a vicenda": several subjects act on one another.</summary>
    private bool Reciprocal(EventContext c) =>
        grammar["reciprocalMarker"].AnyStartingIn(c.Document.Tokens, c.Group.Start, Math.Min(c.ClauseEnd, c.Group.End + ReciprocalReach));

    /// <summary>
    /// "ha rilasciato dieci cittadini statunitensi in cambio di un uomo d'affari", "freed two Americans in
    /// exchange for a convicted spy": a release in a swap is mutual, so both sides act on each other.
    /// </summary>
    private bool Exchanged(EventContext c) =>
        grammar["exchangeRoots"].Contains(c.Pattern.Root) && grammar["exchangeMarker"].AnyStartingIn(c.Document.Tokens, c.Group.Head + 1, c.ClauseEnd);

    private static bool Coded(List<CodedEvent> events, Actor from, Actor? to)
    {
        foreach (var e in events)
        {
            if (e.Source!.Code == from.Code && e.Target?.Code == to?.Code)
            {
                return true;
            }
        }

        return false;
    }

    private CodedEvent Template(EventContext context, Participants? source, Participants? target)
    {
        var mood = modality.Mood(context);
        var code = context.Pattern.Code;
        if (mood != EventMood.Asserted && modality.ConditionalThreat(context) && threats.For(code) is { } threat)
        {
            // "would impose tariffs unless Moscow agreed…": a conflict act promised on a condition is a threat.
            (code, mood) = (threat, EventMood.Asserted);
        }
        else if (mood == EventMood.Future && grammar["announcedThreatRoots"].Contains(context.Pattern.Root) && modality.AnnouncedByDoer(context, source)
            && threats.For(code) is { } announced)
        {
            // "the Houthi spokesman said the group would escalate operations against Israel": a violent act its own side
            // says it will do is a threat.
            (code, mood) = (announced, EventMood.Asserted);
        }

        if (mood == EventMood.Asserted && (grammar["massKillingRoots"].Contains(code) || grammar["massKillingRoots"].Contains(code[..2]))
            && MassKilling.CodeFor(grammar, context.Document, context.Analysis.Sentence.Index, context.ClauseStart, context.ClauseEnd) is { } mass)
        {
            // "hanno ucciso almeno 300 civili": killing in great numbers is mass killing.
            code = mass;
        }

        return Build(context, null, null, null, null, source, target, code, mood);
    }

    private CodedEvent Build(EventContext context, Actor? from, string? fromText, Actor? to, string? toText, Participants? source, Participants? target, string code, EventMood mood) => new()
    {
        Sentence = context.Analysis.Sentence.Index,
        Source = from,
        SourceText = fromText,
        Target = to,
        TargetText = toText,
        Cameo = code,
        Negated = modality.Negated(context, source),
        Mood = mood,
        Attribution = source is null ? null : AttributionOf(context, source),
        Date = context.Document.PublicationDate,
        Evidence = EvidenceOf(context, source, target),
    };

    /// <summary>
    /// Events of a state on its own organs are dropped ("Putin visited Moscow", "Caracas mobilised
    /// the army"); a domestic event between a state and its people, rebels or opposition, or
    /// between non-state actors of one country, is kept ("al-Shabaab attacked Mogadishu").
    /// </summary>
    public static bool SameActor(Actor a, Actor b) =>
        a.Code == b.Code || (a.Primary == b.Primary && IsStateOrgan(a) && IsStateOrgan(b));

    private static bool IsStateOrgan(Actor actor)
    {
        if (actor.Country is null || actor.Code.Length <= 3)
        {
            return true;
        }

        var sector = actor.Code.AsSpan(3, Math.Min(3, actor.Code.Length - 3));
        return sector is "GOV" or "MIL" or "COP" or "SPY" or "LEG" or "JUD";
    }

    private static Attribution? AttributionOf(EventContext c, Participants source)
    {
        var claimed = c.Analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Attribution);
        if (claimed is not null)
        {
            var tokens = c.Document.Tokens;
            var start = tokens[Math.Max(c.Analysis.Sentence.TokenStart, claimed.TokenStart - 1)].Start;
            return new Attribution(claimed.Mention.Actor.Primary, c.Document.Text[start..claimed.Mention.End]);
        }

        for (var k = c.GroupIndex - 1; k >= 0; k--)
        {
            var reporting = c.Analysis.Groups[k];
            if (reporting.Reporting && c.Analysis.Subjects[k] is { } speaker && speaker.Start >= c.Document.Tokens[c.Analysis.Sentence.TokenStart].Start
                && !speaker.Actors.Any(s => source.Actors.Any(a => a.Primary == s.Primary)))
            {
                var verbEnd = c.Document.Tokens[reporting.Head].End;
                return new Attribution(speaker.Actors[0].Primary, c.Document.Text[Math.Min(speaker.Start, verbEnd)..Math.Max(speaker.End, verbEnd)]);
            }
        }

        return null;
    }

    private static Evidence EvidenceOf(EventContext c, Participants? source, Participants? target)
    {
        var tokens = c.Document.Tokens;
        var sentence = c.Analysis.Sentence;
        var groupStart = tokens[c.Group.Start].Start;
        var groupEnd = tokens[c.Group.Head + c.Pattern.Particles.Length].End;
        var start = source is not null && source.Start >= sentence.Start && source.Start < groupStart ? source.Start : groupStart;
        var end = target is not null && target.End <= sentence.End && target.End > groupEnd ? target.End : groupEnd;
        var trigger = c.Document.Text[groupStart..groupEnd];
        return new Evidence(Math.Min(start, groupStart), end, trigger, c.Pattern.Rule);
    }
}
