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
    private readonly ThreatTable threats;
    private readonly MandativeClause mandatives;
    private readonly IntentTable intents;

    public EventAssembler(ClauseGrammar grammar, ThreatTable threats, IntentTable intents)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(threats);
        ArgumentNullException.ThrowIfNull(intents);
        this.grammar = grammar;
        this.threats = threats;
        mandatives = new MandativeClause(grammar);
        this.intents = intents;
    }

    public IEnumerable<CodedEvent> Assemble(EventContext context, Participants? source, Participants? target)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((source is null || source.Actors.Count == 0) && target is not null && !context.Group.BareParticiple && grammar["unknownSourceRoots"].Contains(context.Pattern.Code[..2]))
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
        var events = new List<CodedEvent>();
        CodedEvent? template = null;
        var (sources, targets) = (source.Actors, target?.Actors);
        if (targets is not null)
        {
            var symmetric = pattern.Has(PatternFlags.Symmetric) || Exchanged(context);
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
        else if (sources.Count > 1 && (pattern.Has(PatternFlags.Symmetric) || (source.Pair && grammar["mutualRoots"].Contains(pattern.Code[..2])) || Reciprocal(context)))
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

        if (events.Count > 0 && intents.IntentFor(pattern.Code) is { } intent && Desired(context) && events[0].Mood == EventMood.Hypothetical)
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
            if ((to is not null && !domestic && SameActor(from, to)) || Coded(events, from, to))
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
        grammar["exchangeRoots"].Contains(c.Pattern.Code[..2]) && grammar["exchangeMarker"].AnyStartingIn(c.Document.Tokens, c.Group.Head + 1, c.ClauseEnd);

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
        var mood = Mood(context);
        var code = context.Pattern.Code;
        if (mood != EventMood.Asserted && ConditionalThreat(context) && threats.ThreatFor(code) is { } threat)
        {
            // "would impose tariffs unless Moscow agreed…": a conflict act promised on a condition is a threat.
            (code, mood) = (threat, EventMood.Asserted);
        }

        return Build(context, null, null, null, null, source, target, code, mood);
    }

    /// <summary>
    /// An infinitive after an adjective of readiness ("ready to", "disposta a") or a verb of wishing
    /// (desireLemma: hope, want, sperare), neither of them conditional nor hypothetical themselves.
    /// </summary>
    private bool Desired(EventContext c)
    {
        var group = c.Group;
        if (!group.NonFinite || group.BareParticiple || c.GroupIndex == 0 || c.Analysis.Groups[c.GroupIndex - 1] is { Hypothetical: true } or { Negated: true })
        {
            return false;
        }

        var tokens = c.Document.Tokens;
        for (var k = c.Analysis.Sentence.TokenStart; k < group.Start; k++)
        {
            if (grammar["conditional"].StartingAt(tokens, k) is not null)
            {
                return false;
            }
        }

        return AfterIrrealisAdjective(c) || grammar["desireLemma"].Contains(c.Analysis.Groups[c.GroupIndex - 1].Lemma);
    }

    /// <summary>
    /// A condition stated outside the event's own clause ("would impose sanctions unless…", "if
    /// X attacks, Y could sanction X"); the act inside an if-clause itself is no threat.
    /// </summary>
    private bool ConditionalThreat(EventContext c)
    {
        var tokens = c.Document.Tokens;
        var sentence = c.Analysis.Sentence;
        for (var k = sentence.TokenStart; k < sentence.TokenEnd; k++)
        {
            if (grammar["threatConditional"].StartingAt(tokens, k) is null)
            {
                continue;
            }

            if (k > c.Group.Head)
            {
                return !Tentative(c) || ConditionNamesActor(c, k);
            }

            for (var j = k + 1; j < c.Group.Start; j++)
            {
                if (tokens[j].Lower is "," or ";")
                {
                    return !Tentative(c) || ConditionNamesActor(c, k);
                }
            }
        }

        return false;
    }

    /// <summary>"could close its border", "might impose": a modal of mere possibility (grammar key tentativeModal).</summary>
    private bool Tentative(EventContext c)
    {
        var tokens = c.Document.Tokens;
        for (var k = c.Group.Start; k < c.Group.Head; k++)
        {
            if (grammar["tentativeModal"].Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "could close its border if the migrant crisis worsens" weighs an option; "could strike Iran if it
    /// attacks", "would strike if necessary" threaten: a possible act is a threat only when its condition
    /// names someone whose conduct it answers (an actor or a pronoun before the next comma).
    /// </summary>
    private bool ConditionNamesActor(EventContext c, int condition)
    {
        var tokens = c.Document.Tokens;
        var end = condition + 1;
        while (end < c.Analysis.Sentence.TokenEnd && tokens[end].Lower is not ("," or ";") && end != c.Group.Start)
        {
            if (grammar["pronoun"].Contains(tokens[end].Lower) || grammar["institutionPronoun"].Contains(tokens[end].Lower))
            {
                return true;
            }

            end++;
        }

        foreach (var a in c.Analysis.Arguments)
        {
            if (a.TokenStart > condition && a.TokenEnd <= end)
            {
                return true;
            }
        }

        return false;
    }

    private CodedEvent Build(EventContext context, Actor? from, string? fromText, Actor? to, string? toText, Participants? source, Participants? target, string code, EventMood mood) => new()
    {
        Sentence = context.Analysis.Sentence.Index,
        Source = from,
        SourceText = fromText,
        Target = to,
        TargetText = toText,
        Cameo = code,
        Negated = Negated(context, source),
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

    private bool Negated(EventContext c, Participants? source)
    {
        var negated = c.Group.Negated != c.Pattern.Has(PatternFlags.NegatedMeaning) || c.NegatedObject;
        var tokens = c.Document.Tokens;
        var sentence = c.Analysis.Sentence;
        for (var k = c.ClauseStart; k < c.Group.Start && !negated; k++)
        {
            negated = source is not null && grammar["corNegation"].Contains(tokens[k].Lower) && tokens[k].Start <= source.Start;

            // "No Chinese warships entered…": a negative determiner on the subject negates the event.
            negated |= source is not null && grammar["negDeterminer"].Contains(tokens[k].Lower) && k + 1 < tokens.Length && tokens[k + 1].Start == source.Start;
        }

        var previous = c.GroupIndex > 0 ? c.Analysis.Groups[c.GroupIndex - 1] : null;
        var start = c.Group.Start;
        var deniedByWord = start > sentence.TokenStart && grammar["negatingPreposition"].Contains(tokens[start - 1].Lower);
        var deniedByVerb = false;
        for (var g = 0; g < c.GroupIndex && !deniedByVerb; g++)
        {
            deniedByVerb = !c.Analysis.Groups[g].Negated && (grammar["negatingLemma"].Contains(c.Analysis.Groups[g].Lemma) || RejectedClaim(c, g));
        }

        // "Seoul has not confirmed reports that North Korean soldiers are fighting…": what a negated verb of
        // saying or confirming introduces is not asserted. An infinitive or gerund shares the negation of the
        // verb before it; a participle describing a noun does not ("non ha adottato la risoluzione americana,
        // bloccata dal veto di Russia e Cina").
        var unconfirmed = previous is { Negated: true, Reporting: true } && !c.Group.Reporting;
        return negated || deniedByWord || deniedByVerb || unconfirmed
            || (previous is not null && c.Group.NonFinite && !c.Group.BareParticiple && previous.Negated && previous.Head >= sentence.TokenStart && !previous.Reporting);
    }

    /// <summary>
    /// "rejected any suggestion that it had used chemical weapons", "dismissed reports that its troops had
    /// entered…": what a rejected claim says happened is denied, not asserted.
    /// </summary>
    private bool RejectedClaim(EventContext c, int g)
    {
        var rejecting = c.Analysis.Groups[g];
        if (!grammar["rejectingLemma"].Contains(rejecting.Lemma))
        {
            return false;
        }

        var tokens = c.Document.Tokens;
        for (var k = rejecting.Head + 1; k + 1 < c.Group.Start; k++)
        {
            if (grammar["claimNoun"].Contains(tokens[k].Lower) && grammar["complementizer"].Contains(tokens[k + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private EventMood Mood(EventContext c)
    {
        var group = c.Group;
        var tokens = c.Document.Tokens;
        var previous = c.GroupIndex > 0 ? c.Analysis.Groups[c.GroupIndex - 1] : null;
        var conditional = false;
        for (var k = c.Analysis.Sentence.TokenStart; k < group.Start && !conditional; k++)
        {
            conditional = grammar["conditional"].StartingAt(tokens, k) is not null;
        }

        if (group.Hypothetical && !conditional && ReportedFuture(c))
        {
            return EventMood.Future;
        }

        // An infinitive or gerund takes the mood of the verb it completes; a participle describing a noun
        // tells a fact ("chiede il rilascio dei poliziotti arrestati dal Kosovo").
        var complement = group.NonFinite && !group.BareParticiple;
        // "ha respinto la protesta, accusando Manila di…": a gerund after a comma is an act of its own, not
        // the complement of a verb of refusal or threat before it.
        var circumstantial = complement && group.Start > c.Analysis.Sentence.TokenStart && tokens[group.Start - 1].Lower == ","
            && tokens[group.Head].Features?.Contains("ger", StringComparison.Ordinal) == true;
        if (group.Hypothetical || conditional || (complement && !circumstantial && previous is { Irrealis: true }) || (complement && previous is { Hypothetical: true })
            || (complement && AfterIrrealisAdjective(c))
            || (complement && group.Start > c.Analysis.Sentence.TokenStart && grammar["irrealisPreposition"].Contains(tokens[group.Start - 1].Lower))
            || mandatives.Find(tokens, c.Analysis, c.GroupIndex) is not null)
        {
            return EventMood.Hypothetical;
        }

        return group.Future || (complement && previous is { Intent: true } or { Future: true }) ? EventMood.Future : EventMood.Asserted;
    }

    /// <summary>
    /// "si è detto pronto a ospitare", "disposta a negoziare": an infinitive right after an adjective
    /// of readiness and its preposition names an act not yet done.
    /// </summary>
    private bool AfterIrrealisAdjective(EventContext c)
    {
        var start = c.Group.Start;
        var sentenceStart = c.Analysis.Sentence.TokenStart;
        return start > sentenceStart && grammar["irrealisAdjective"].EndingAt(c.Document.Tokens, start - 1, sentenceStart) is not null;
    }

    /// <summary>
    /// "said they would sanction", "ha detto che avrebbe inviato": after a verb of saying, "would" and
    /// the Italian conditional report a future act, not a hypothesis.
    /// </summary>
    private bool ReportedFuture(EventContext c)
    {
        var reported = false;
        for (var k = 0; k < c.GroupIndex && !reported; k++)
        {
            reported = c.Analysis.Groups[k].Reporting;
        }

        if (!reported)
        {
            return false;
        }

        var tokens = c.Document.Tokens;
        for (var k = c.Group.Start; k <= c.Group.Head; k++)
        {
            if (grammar["futureInPast"].Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        var features = tokens[c.Group.Head].Features ?? "";
        return features.Contains("cond", StringComparison.Ordinal) && !grammar["hypothetical"].Contains(tokens[c.Group.Start].Lower);
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
        var groupEnd = tokens[c.Group.Head + c.Pattern.Particles.Count].End;
        var start = source is not null && source.Start >= sentence.Start && source.Start < groupStart ? source.Start : groupStart;
        var end = target is not null && target.End <= sentence.End && target.End > groupEnd ? target.End : groupEnd;
        var trigger = c.Document.Text[groupStart..groupEnd];
        return new Evidence(Math.Min(start, groupStart), end, trigger, c.Pattern.Rule);
    }
}
