using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Codes the sentences of one language: clause analysis, then patterns, then events.</summary>
public sealed class LanguageCoder
{
    private readonly ClauseGrammar grammar;
    private readonly VerbGroupFinder groupFinder;
    private readonly ArgumentClassifier classifier;
    private readonly SubjectFinder subjects;
    private readonly TargetFinder targets;
    private readonly PatternMatcher matcher;
    private readonly EventAssembler assembler;
    private readonly EventAnaphora anaphora;
    private readonly NominalEvents nominals;
    private readonly NominalAttacks attacks;
    private readonly NominalActs acts;
    private readonly ResponseTarget responses;
    private readonly ClauseBounds bounds;
    private readonly DrawnReaction drawn;
    private readonly ObliqueRelative relatives;
    private readonly ParticipleOwner owners;
    private readonly ReportedObligation obligations;
    private readonly ReportedAccusation accusations;
    private readonly AnsweredAccusation answered;
    private readonly ReleasedCaptives released;
    private readonly QuotedSpeaker speakers;
    private readonly FallbackTargets fallbacks;
    private readonly CliticTarget clitics;
    private readonly DescribedNounTarget described;
    private readonly SanctionOwners sanctionOwners;
    private readonly ClaimingVerb claims;
    private readonly LocalParticipants locals;

    public LanguageCoder(ClauseGrammar grammar, PatternDictionary patterns, CodeMapping threats, CodeMapping intents)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(patterns);
        this.grammar = grammar;
        groupFinder = new VerbGroupFinder(grammar);
        classifier = new ArgumentClassifier(grammar);
        subjects = new SubjectFinder(grammar);
        targets = new TargetFinder(grammar);
        matcher = new PatternMatcher(patterns, grammar);
        assembler = new EventAssembler(grammar, threats, intents);
        anaphora = new EventAnaphora(grammar);
        nominals = new NominalEvents(grammar);
        attacks = new NominalAttacks(grammar);
        acts = new NominalActs(grammar);
        responses = new ResponseTarget(grammar);
        bounds = new ClauseBounds(grammar);
        drawn = new DrawnReaction(grammar);
        relatives = new ObliqueRelative(grammar);
        owners = new ParticipleOwner(grammar);
        obligations = new ReportedObligation(grammar, assembler);
        accusations = new ReportedAccusation(grammar, assembler);
        answered = new AnsweredAccusation(grammar);
        released = new ReleasedCaptives(grammar);
        speakers = new QuotedSpeaker(grammar);
        fallbacks = new FallbackTargets(grammar);
        clitics = new CliticTarget(grammar);
        described = new DescribedNounTarget(grammar);
        sanctionOwners = new SanctionOwners(grammar);
        claims = new ClaimingVerb(grammar);
        locals = new LocalParticipants(grammar);
    }

    public SentenceAnalysis Analyze(Document document, Sentence sentence, IReadOnlyList<ActorMention> mentions, DiscourseState state, List<CodedEvent> events, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(events);
        var groups = groupFinder.Find(document, sentence, mentions);
        var arguments = classifier.Classify(document, sentence, mentions);
        var analysis = new SentenceAnalysis(sentence, groups, arguments) { Trace = explain ? [] : null };
        analysis = analysis with { Subjects = subjects.Find(document, analysis, state) };
        ClauseWords? words = null;
        foreach (var group in groups)
        {
            if (matcher.HasPatterns(group.Lemma))
            {
                words = state.Words;
                var times = new List<(int Start, int End)>();
                for (var t = 0; t < document.TimeExpressions.Count; t++)
                {
                    var time = document.TimeExpressions[t];
                    if (time.Sentence == sentence.Index)
                    {
                        times.Add((time.TokenStart, time.TokenEnd));
                    }
                }

                words.Reset(document.Tokens, sentence.TokenStart, sentence.TokenEnd, times, matcher.Vocabulary);
                break;
            }
        }

        // "Dopo il bombardamento turco delle postazioni curde, Damasco ha protestato": an attack named in a phrase set off
        // before the first verb is told first, so that the answer in the main clause can find who acted.
        var preposed = PreposedPhrase.End(document.Tokens, sentence, groups);
        attacks.Code(document, analysis, events, sentence.TokenStart, preposed);
        for (var g = 0; g < groups.Count; g++)
        {
            CodeGroup(document, analysis, g, events, state, words);
            accusations.Code(document, analysis, g, events);
        }

        obligations.Code(document, analysis, events);
        nominals.Code(document, analysis, events);
        attacks.Code(document, analysis, events, preposed, sentence.TokenEnd);
        acts.Code(document, analysis, events);
        drawn.Code(document, analysis, events);

        if (mentions.LastOrDefault(m => m.Kind == MentionKind.Person) is { } person)
        {
            state.LastPerson = new Participants([person.Actor], document.Text[person.Start..person.End], person.Start, person.End, "person");
        }

        return analysis;
    }

    /// <summary>
    /// "è stato arrestato dalla polizia tanzaniana e, dopo tre giorni, è stato espulso": a passive joined to the finite
    /// passive before it (past any infinitive in between) with no agent of its own shares that verb's agent.
    /// </summary>
    private Participants? CoordinatedPassiveAgent(Document document, SentenceAnalysis analysis, int g)
    {
        var p = g - 1;
        while (p >= 0 && analysis.Groups[p].NonFinite)
        {
            p--;
        }

        return analysis.Groups[g].Coordinated && p >= 0 && analysis.Groups[p] is { Passive: true } previous
            ? targets.Agent(document, analysis.Arguments, previous.Head + 1, analysis.Groups[g].Start)?.Carried("agent of the passive verb it is coordinated with")
            : null;
    }

    private void CodeGroup(Document document, SentenceAnalysis analysis, int g, List<CodedEvent> events, DiscourseState state, ClauseWords? words)
    {
        var group = analysis.Groups[g];
        if (words is null || !matcher.HasPatterns(group.Lemma))
        {
            return;
        }

        var tokens = document.Tokens;
        var clauseStart = g > 0 ? analysis.Groups[g - 1].Head + 1 : analysis.Sentence.TokenStart;
        var clauseEnd = bounds.ForwardEnd(tokens, analysis, g);
        analysis.Trace?.Add($"verb '{document.Text[tokens[group.Start].Start..tokens[group.Head].End]}' lemma {group.Lemma}{ClauseFacts.Describe(group)}; clause tokens {clauseStart}..{clauseEnd}");
        var reportedEnd = group.Reporting ? bounds.ReportedSubjectEnd(tokens, analysis, g, clauseEnd) : clauseEnd;
        var complementEnd = bounds.ComplementEnd(tokens, analysis, g, clauseEnd);
        var match = matcher.Match(tokens, words, group, clauseStart, clauseEnd, analysis.Trace, preferSymmetric: !group.Passive && analysis.Subjects[g]?.Actors.Count > 1, source: group.Passive ? null : analysis.Subjects[g], reportedEnd, complementEnd);
        if (match is not { } m || claims.ReportsInstead(tokens, group, m.Pattern, analysis.Sentence.TokenEnd))
        {
            return;
        }

        clauseEnd = m.Pattern.Has(PatternFlags.ReportedSubject) ? Math.Max(clauseEnd, reportedEnd)
            : m.Pattern.Has(PatternFlags.ComplementClause) ? Math.Max(clauseEnd, complementEnd) : clauseEnd;

        var after = group.Head + 1 + m.Pattern.Particles.Length;
        var subject = analysis.Subjects[g];
        Participants? source, target;
        if (group.Passive)
        {
            source = targets.Agent(document, analysis.Arguments, after, clauseEnd) ?? CoordinatedPassiveAgent(document, analysis, g);

            // "Three civilians were killed in an Israeli airstrike on Rafah": with no agent, the mention right
            // before a noun naming the means of a violent act did it, and is not what it hit.
            var means = source is null && grammar["placeTargetRoots"].Contains(m.Pattern.Root) ? fallbacks.MeansDoer(tokens, analysis.Arguments, after, clauseEnd) : null;
            source = means is null ? source : Participants.From([means], document.Text[means.Mention.Start..means.Mention.End], "doer of the violent act named after it");

            // "Sanctions were imposed by Canada on Venezuela": with no actor as subject, the target follows the verb.
            // A place is where it happened, not whom it was done to ("the deal signed in Washington by…").
            // A violent act hits the place its own preposition names, though: "a missile fired at Israel".
            // A pattern whose target follows a preposition keeps it in the passive: the subject is what was given or
            // ascribed ("il raid è stato attribuito a Israele", "aid was sent to Sudan").
            var hitsPlace = grammar["placeTargetRoots"].Contains(m.Pattern.Root);
            var afterVerb = subject is null || m.Pattern.Target == TargetKind.Preposition
                ? targets.Find(document, m.Pattern, analysis.Arguments.Where(a => a != means && a.Role != ArgumentRole.Agent
                    && (a.Role != ArgumentRole.Locative || (hitsPlace && a.Preposition is { } p && m.Pattern.TargetPrepositions.Contains(p)))).ToList(), after, clauseEnd, source)
                : null;
            target = m.Pattern.Target == TargetKind.Preposition ? afterVerb ?? subject : subject ?? afterVerb;

            // "Il tentato colpo di Stato in Bolivia è stato condannato da…": with no actor as subject or
            // after the verb, an actor inside the subject phrase is what the act is about, as it would be
            // inside the object of the active verb ("ha condannato il colpo di Stato in Bolivia").
            // A participle or a relative clause has its subject outside ("the couple who had been detained").
            if (target is null && !group.NonFinite && !ClauseFacts.RelativeWithin(grammar, tokens, clauseStart, group.Start))
            {
                target = targets.Find(document, m.Pattern, analysis.Arguments.Where(a => a.Role != ArgumentRole.Agent).ToList(), clauseStart, group.Start, source);
            }

            target ??= owners.Find(document, analysis, g);
            target ??= described.Target(document, analysis, group, m.Pattern, clauseStart, source);

            // "At least five opposition figures were detained overnight" (in a sentence set in Tbilisi): with no agent named, an act
            // of an authorityRoots root was done by the authorities of the place where it happened.
            if (source is null && target is not null && !group.BareParticiple && grammar["authorityRoots"].Contains(m.Pattern.Root))
            {
                source = fallbacks.PlaceAuthorities(document, analysis.Arguments, analysis.Sentence.TokenStart, clauseEnd);
            }

            // "The journalist was arrested by Iranian police in Tehran": an arrest with no named victim, like its active form, happens at home.
            if (target is null && source is not null && !group.BareParticiple && grammar["domesticRoots"].Contains(m.Pattern.Root))
            {
                target = fallbacks.DomesticTarget(document, analysis.Arguments, after, clauseEnd, source);
            }
        }
        else
        {
            // "The United Kingdom recognised Palestine, alongside Canada and Australia": co-agents act too, after the verb or
            // between a subject named before it and the verb ("Japan, along with South Korea, protested").
            var coAgents = fallbacks.CoAgents(tokens, analysis.Arguments, after, clauseEnd);
            if (subject?.How == SubjectBeforeVerb)
            {
                coAgents.AddRange(fallbacks.CoAgents(tokens, analysis.Arguments, clauseStart, group.Start));
            }
            source = coAgents.Count == 0 || subject is null ? subject
                : subject with { Actors = subject.Actors.Concat(coAgents.Select(a => a.Mention.Actor)).DistinctBy(a => a.Code).ToList() };
            var candidates = coAgents.Count == 0 ? analysis.Arguments : analysis.Arguments.Except(coAgents).ToList();
            candidates = grammar["sanctionOwnerRoots"].Contains(m.Pattern.Root) ? sanctionOwners.Without(tokens, candidates) : candidates;
            // "accusandolo di violare…": an object pronoun attached to the verb stands for the target before it.
            target = fallbacks.EncliticObject(tokens[group.Head]) && m.Pattern.Target == TargetKind.Object && state.LastTarget is { } before && before.Sentence == analysis.Sentence.Index
                ? before.Target.Carried("object pronoun attached to the verb")
                : m.Pattern.Target == TargetKind.Object && clitics.Find(tokens, group, subject, events, analysis.Sentence.Index) is { } pronoun ? pronoun
                : targets.Find(document, m.Pattern, candidates, after, bounds.ObjectEnd(tokens, analysis, g, m.Pattern, after, clauseEnd), subject);

            // "A Kiev è arrivato il segretario di Stato": with its subject after it, a verb's complement may stand before it.
            if (target is null && subject?.How == "inverted subject after the verb" && !group.Reporting)
            {
                target = targets.Find(document, m.Pattern, candidates, clauseStart, group.Start, subject);
            }

            // "il premier ungherese, con cui ha firmato tre accordi": the relative stands for the mention before it.
            target ??= relatives.Antecedent(document, analysis, group, m.Pattern);
            target ??= QuotationTarget.Find(document, analysis, g, m.Pattern);
            if (target is null && m.Pattern.Target is TargetKind.Object or TargetKind.Any or TargetKind.Preposition
                && speakers.Target(document, analysis, after, clauseEnd) is { } speaker && (subject is null || !speaker.Shares(subject)))
            {
                target = speaker;
            }
            if (target is null && m.Pattern.Target is TargetKind.Object or TargetKind.Any)
            {
                // "warned in a statement carried by KCNA that the allies would…": the complement's verb is the first one after
                // the verb's clause, past a participle inside it.
                var limit = analysis.Sentence.TokenEnd;
                for (var k = g + 1; k < analysis.Groups.Count; k++)
                {
                    if (analysis.Groups[k].Start >= clauseEnd)
                    {
                        limit = analysis.Groups[k].Start;
                        break;
                    }
                }

                target = targets.ComplementSubject(document, analysis.Arguments, after, bounds.PredicativeStart(tokens, m.Pattern, after, clauseEnd), limit, subject, analysis.Sentence.TokenEnd);
            }

            if (target is null && (group.Coordinated || FallbackTargets.SameRootBefore(events, analysis.Sentence.Index, m.Pattern.Code)) && state.LastTarget is { } previousTarget && previousTarget.Sentence == analysis.Sentence.Index
                && !fallbacks.OwnPrepositionalTarget(tokens, m.Pattern, after) && previousTarget.Target.Start != subject?.Start
                && !ClauseFacts.FromClosedRelative(tokens, analysis, g, previousTarget.Target))
            {
                // Not from a relative clause the verb closes: "Oman, which brokered a ceasefire between X and Y, urged restraint".
                // "Germany would send tanks to Ukraine, and Washington said it would supply 31 Abrams"
                // also shares it: a second act of the same kind in the sentence, with no target of its own.
                // "ha condannato il colpo di Stato in Niger e ha chiesto il ripristino…": the second verb shares the first one's target.
                // Not when that target is the subject itself ("Gli Emirati, accusati da Khartum…, hanno respinto…").
                target = previousTarget.Target.Carried("target of the coordinated verb before");
            }

            target ??= fallbacks.PreviousSentenceTarget(analysis, events, state, subject, m.Pattern.Code);
            target ??= clitics.Find(tokens, group, subject, events, analysis.Sentence.Index);
            target ??= fallbacks.DoerTarget(tokens, analysis, group, events, subject, m.Pattern.Code);

            // "hanno giustiziato centinaia di civili": a mass killing with no counterpart, like other mass violence, happens at home.
            if (grammar["domesticRoots"].Contains(m.Pattern.Root) || ((grammar["massKillingRoots"].Contains(m.Pattern.Code) || grammar["massKillingRoots"].Contains(m.Pattern.Root))
                && MassKilling.CodeFor(grammar, document, analysis.Sentence.Index, clauseStart, clauseEnd) is not null))
            {
                // Protests and arrests with no named counterpart happen at home: "migliaia di persone
                // hanno protestato ad Amman", "la polizia iraniana ha arrestato decine di persone".
                source ??= fallbacks.PlaceAsActor(document, analysis.Arguments, after, analysis.Sentence.TokenStart, clauseEnd);
                // "l'esercito ha preso il potere e ha arrestato la leader": the subject a finite verb shares
                // with the one it is coordinated with is named too.
                var named = source is not null && (source.How is "subject before the verb" or "people in the place named" or "antecedent of the relative clause before the verb" or NationalSubject
                    || (source.How == "carried from the previous verb" && group.Coordinated && !group.NonFinite));
                target ??= named ? fallbacks.DomesticTarget(document, analysis.Arguments, after, clauseEnd, source!) : null;
            }
        }

        target = fallbacks.HeldAbroad(document, analysis.Arguments, m.Pattern.Root, source, target, clauseEnd) ?? target;

        if (group.Reflexive && m.Pattern.Has(PatternFlags.Symmetric) && source?.Actors.Count > 1 && target is not null && !target.Shares(source))
        {
            // "Aliyev e Pashinyan si sono incontrati alla Casa Bianca": a reciprocal verb of several subjects acts on
            // them; a seat or a country after it is where, not with whom.
            target = null;
        }

        if (source is null && m.Pattern.Has(PatternFlags.Symmetric) && targets.Between(document, analysis.Arguments, clauseStart, clauseEnd) is { } parties)
        {
            // "sono scoppiati scontri tra X e Y": each party acts on the other.
            (source, target) = (parties, null);
        }

        // "ha preteso l'immediata liberazione dei tre": the release of people held is asked of their holder.
        target ??= locals.Holder(tokens, after, clauseEnd, m.Pattern, source, events);

        if (target is null && !(m.Pattern.Has(PatternFlags.Symmetric) && source?.Actors.Count > 1))
        {
            // "China condemned the meeting", "a move hailed by Damascus": the object names an earlier event.
            target = anaphora.Resolve(document, group, after, clauseEnd, events, source, state.LastDoer, bounds.NamedObjectStart(tokens, analysis, g))
                ?? anaphora.Reaction(m.Pattern.Code, source, events, state.LastDoer, ClauseFacts.PreviousSentenceStart(document, analysis.Sentence))
                ?? responses.Find(document, group, m.Pattern.Code, clauseStart, clauseEnd, source, events, g > 0 ? analysis.Groups[g - 1] : null)
                ?? answered.Find(analysis.Sentence.Index, m.Pattern.Code, source, events)
                ?? released.Find(analysis.Sentence.Index, m.Pattern.Code, source, events);
        }

        // A participle describing a noun ("the hostages held by Hamas in Gaza") acts on that noun: when the
        // noun is no actor, the place is not its target either.
        if (target is null && !group.BareParticiple && grammar["placeTargetRoots"].Contains(m.Pattern.Root))
        {
            // "An Israeli airstrike on a tent camp in Rafah killed…": the noun phrase of the subject names it.
            target = targets.Place(document, analysis.Arguments, after, clauseEnd, source)
                ?? (source?.How is SubjectBeforeVerb or NationalSubject or NationalSubjectFinder.SubjectAgent && !group.Passive
                    ? targets.Place(document, analysis.Arguments, clauseStart, group.Start, source, attacked: true, acted: source.How == NationalSubjectFinder.SubjectAgent) : null);
        }

        target ??= locals.HomeTarget(document, analysis, group, m.Pattern, after, clauseEnd, source);

        if (target is null && grammar["conditionTargetRoots"].Contains(m.Pattern.Root))
        {
            // "ha minacciato di chiudere Hormuz se gli Stati Uniti attaccheranno": a threat is aimed at
            // whoever the condition names; after the words it reports ("The strikes will go on as long as
            // Hezbollah rearms, Katz warned"), the condition comes before the verb.
            target = targets.ConditionSubject(document, analysis.Arguments, group.End, analysis.Sentence.TokenEnd, source)
                ?? (group.Reporting && g > 0 ? targets.ConditionSubject(document, analysis.Arguments, analysis.Sentence.TokenStart, group.Start, source) ?? ImpliedTarget.ReportedSubject(analysis, source) : null);
        }

        // Only a finite verb of a clause of its own, with no counterpart of its own after its preposition ("clashed with gunmen"),
        // takes a target its sentence or document implies.
        // A pair named as one ("i due vicini, che hanno combattuto una guerra") acted between its members, not on a third country.
        if (target is null && source is not null && !source.Pair && !group.Passive && !group.NonFinite && !group.Relative && !group.BareParticiple
            && !fallbacks.OwnPrepositionalTarget(tokens, m.Pattern, after) && !(m.Pattern.Has(PatternFlags.Symmetric) && source.Actors.Count > 1))
        {
            target = grammar["counterpartRoots"].Contains(m.Pattern.Root) ? ImpliedTarget.SoleOtherCountry(document, analysis, source) : null;
            target ??= grammar["documentCounterpartRoots"].Contains(m.Pattern.Root) ? ImpliedTarget.DocumentCounterpart(document, source) : null;
        }

        target = !group.Passive && described.OpposedAgent(document, analysis, g, target) is { } opposed ? opposed : target;
        if (target is not null)
        {
            state.LastTarget = (analysis.Sentence.Index, target);
        }

        if (source is null && group.Passive && target is not null && grammar["placeTargetRoots"].Contains(m.Pattern.Root))
        {
            source = responses.Provoker(document, group, analysis.Sentence, events, target);
        }

        (source, target) = locals.Unnamed(document, analysis, group, m.Pattern, clauseStart, clauseEnd, source, target);

        analysis.Trace?.Add($"  source: {source?.Text ?? "none"} ({source?.How}); target: {target?.Text ?? "none"} ({target?.How})");
        var context = new EventContext(document, analysis, g, m.Pattern, m.NegatedObject, clauseStart, clauseEnd);
        if (source is not null && anaphora.Claimed(document, group, after, clauseEnd, events, source) is var claimed and >= 0)
        {
            // The perpetrator named by the claim replaces the unnamed one.
            events[claimed] = events[claimed] with { Source = source.Actors[0], SourceText = source.Text };
        }

        var first = events.Count;
        events.AddRange(assembler.Assemble(context, source, target));
        locals.StrikeCode(events, first, tokens, group, m.Pattern, clauseStart);
        if (source is null)
        {
            anaphora.Perpetrator(events, first, analysis.Sentence.Index);
        }

        if (target is null && source is { Actors.Count: 1 } && !group.Negated && !group.Hypothetical && !group.Future && !group.NonFinite && !group.Passive)
        {
            state.LastDoer = source;
        }
    }

    /// <summary>Tidies the document's events once every sentence is coded (<see cref="LocalParticipants.Finish"/>).</summary>
    public void Finish(List<CodedEvent> events) => locals.Finish(events);

    private const string SubjectBeforeVerb = "subject before the verb";

    private const string NationalSubject = "nationality of the subject noun";
}
