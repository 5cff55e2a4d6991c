using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Violent acts named by a noun ("i bombardamenti israeliani su Beirut", "l'attacco russo contro
/// Kharkiv", "un raid da parte dell'esercito turco su Kobane"), listed in grammar.tsv as
/// <c>attack:CODE</c> lines. The attacker is a nationality adjective after the noun (past other
/// adjectives), a genitive right after it or an agent ("da parte di X"); what is hit is the first
/// mention after an attackPreposition (su, contro) or a place, before the next verb: a place counts
/// as its country. Nothing is coded when the noun is negated ("nessun attacco"), follows a word of
/// unreality ("un eventuale attacco", "il rischio di un attacco": grammar key unrealNominalCue), or is
/// the object of a verb that leaves it undone ("ha minacciato un attacco", "ha negato l'attacco").
/// A passive violent act with no perpetrator in the same sentence ("civili uccisi in un raid
/// israeliano") takes the attacker as its source.
/// </summary>
public sealed class NominalAttacks
{
    private const int Reach = 14;
    private const int CueReach = 4;

    private readonly ClauseGrammar grammar;

    public NominalAttacks(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public void Code(Document document, SentenceAnalysis analysis, List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Code(document, analysis, events, analysis.Sentence.TokenStart, analysis.Sentence.TokenEnd);
    }

    /// <summary>Codes the attack nouns starting in tokens [from, to) of the sentence.</summary>
    public void Code(Document document, SentenceAnalysis analysis, List<CodedEvent> events, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (grammar.Attacks.Count == 0 || analysis.Arguments.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || grammar.Attacks.StartingAt(tokens, i) is not { } noun || analysis.HeadsGroup(i))
            {
                continue;
            }

            CodeAt(document, analysis, events, i, noun);
        }
    }

    private void CodeAt(Document document, SentenceAnalysis analysis, List<CodedEvent> events, int i, (string Value, int End) noun)
    {
        var tokens = document.Tokens;
        var sentence = analysis.Sentence;
        if (Unreal(tokens, analysis, i))
        {
            return;
        }

        var limit = Limit(tokens, analysis, noun.End);
        // "l'attacco di Zelensky contro Trump": a person's attack is made of words, not weapons.
        var attacker = Attacker(tokens, analysis, noun.End, limit);
        if (attacker is null || attacker.Mention.Kind == MentionKind.Person)
        {
            return;
        }

        // "il bombardamento di Gaza", "l'invasione dell'Ucraina": a state or place in the genitive is what is
        // hit unless a preposition of attack names another ("l'attacco dell'Iran contro Israele").
        var (hit, attacked) = Hit(analysis.Arguments, attacker, limit);
        // An army bombing a town of its own country is coded at home, like the clashes of a civil war.
        // A named target of the attacker's own country ("gli attacchi dei ribelli Houthi contro le navi") is more
        // often a sector noun given the country of the context than a real domestic enemy.
        if (hit is null || hit.Code == attacker.Mention.Actor.Code || (attacked && hit.Primary == attacker.Mention.Actor.Primary)
            || (attacker.Role == ArgumentRole.Genitive && IsPlace(attacker) && !attacked))
        {
            return;
        }

        var source = attacker.Mention.Actor;
        var evidence = new Evidence(tokens[i].Start, tokens[limit - 1].End, document.Text[tokens[i].Start..tokens[limit - 1].End], $"patterns/{grammar.Language}/grammar.tsv attack:{noun.Value}");
        analysis.Trace?.Add($"nominal attack '{tokens[i].Text}': source {source.Code}, target {hit.Code}");
        FillUnnamedPerpetrator(events, sentence.Index, source, hit);
        if (events.Exists(e => e.Sentence == sentence.Index && e.Source is { } s && e.Target is { } t && s.Primary == source.Primary && t.Primary == hit.Primary
            && grammar["placeTargetRoots"].Contains(e.Cameo[..2])))
        {
            return;
        }

        // "Francia, Germania e Regno Unito hanno avviato il ripristino delle sanzioni dell'Onu contro l'Iran": when a verb of
        // the same sentence was already coded as this kind of act on the same target, the noun is that verb's object and
        // the verb's subject its doer, not the owner named in the genitive.
        if (events.Exists(e => e.Sentence == sentence.Index && e.Source is not null && e.Target is { } t && t.Primary == hit.Primary
            && e.Cameo.AsSpan(0, 2).SequenceEqual(noun.Value.AsSpan(0, 2)) && !e.Evidence.Rule.Contains("grammar.tsv", StringComparison.Ordinal)))
        {
            return;
        }

        events.Add(new CodedEvent { Sentence = sentence.Index, Source = source, SourceText = document.Text[attacker.Mention.Start..attacker.Mention.End], Target = hit, TargetText = hit.Name, Cameo = noun.Value, Date = document.PublicationDate, Evidence = evidence });
    }

    /// <summary>"civili uccisi in un attacco dei ribelli": the passive act of the sentence with no perpetrator was done by the attacker.</summary>
    private void FillUnnamedPerpetrator(List<CodedEvent> events, int sentence, Actor source, Actor hit)
    {
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Sentence == sentence && e.Source is null && !e.Negated && e.Mood == EventMood.Asserted && grammar["unknownSourceRoots"].Contains(e.Cameo[..2]))
            {
                var target = e.Target is null || EventAssembler.SameActor(e.Target, source) ? hit : e.Target;
                events[k] = e with { Source = source, SourceText = source.Name, Target = target, TargetText = target.Name };
            }
        }
    }

    /// <summary>The attacker: a nationality adjective or a genitive right after the noun (past adjectives), or an agent before the limit.</summary>
    private Argument? Attacker(Token[] tokens, SentenceAnalysis analysis, int after, int limit)
    {
        var arguments = analysis.Arguments;
        var k = after;
        while (k < limit && tokens[k].Pos == PartOfSpeech.Adj && !analysis.StartsMention(k))
        {
            k++;
        }

        // "raid di rappresaglia israeliani": a complement of kind between the noun and its nationality adjective.
        if (k + 2 < limit && grammar["genitivePreposition"].Contains(tokens[k].Lower) && tokens[k + 1].Pos == PartOfSpeech.Noun && !analysis.StartsMention(k + 1)
            && arguments.Any(a => a.TokenStart == k + 2 && a.Role == ArgumentRole.DemonymModifier))
        {
            k += 2;
        }

        foreach (var a in arguments)
        {
            // The demonym right after the noun is its attacker whatever preposition governs the noun ("in seguito all'attacco israeliano").
            if (a.TokenStart == k && a.Role == ArgumentRole.DemonymModifier)
            {
                return a;
            }

            if (a.TokenStart > k && a.TokenStart <= k + 2 && a.Role == ArgumentRole.Genitive && a.Preposition is { } p && grammar["genitivePreposition"].Contains(p))
            {
                return a;
            }

            if (a.TokenStart >= after && a.TokenEnd <= limit && a.Role == ArgumentRole.Agent)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>What is hit: the first mention after the attacker, before the limit, after an attackPreposition or naming a place; as its country.</summary>
    private (Actor? Actor, bool Attacked) Hit(IReadOnlyList<Argument> arguments, Argument attacker, int limit)
    {
        foreach (var a in arguments)
        {
            if (a.TokenStart < attacker.TokenEnd || a.TokenEnd > limit || a.Role is ArgumentRole.Agent or ArgumentRole.Attribution)
            {
                continue;
            }

            var attacked = (a.Preposition is { } p && grammar["attackPreposition"].Contains(p)) || (a.Governor is { } g && grammar["attackPreposition"].Contains(g));
            var place = a.Role == ArgumentRole.Locative || (a.Role == ArgumentRole.Genitive && IsPlace(a));
            if (attacked || place)
            {
                var actor = a.Mention.Actor;
                // A place hit is its country, which may be the attacker's own ("un bombardamento dell'esercito sudanese su un mercato di Omdurman").
                return (place && actor.Country is { } country ? actor with { Code = country } : actor, attacked && !place);
            }
        }

        return (null, false);
    }

    /// <summary>A country or city named as such, not an organ or group of it.</summary>
    private static bool IsPlace(Argument a) => a.Mention.Kind is MentionKind.Country or MentionKind.Capital;

    /// <summary>The noun phrase ends at the next verb group or clause boundary, at most <see cref="Reach"/> tokens on.</summary>
    private int Limit(Token[] tokens, SentenceAnalysis analysis, int after)
    {
        var end = Math.Min(analysis.Sentence.TokenEnd, after + Reach);
        foreach (var group in analysis.Groups)
        {
            if (group.Start >= after && group.Start < end)
            {
                end = group.Start;
            }
        }

        for (var k = after; k < end; k++)
        {
            if (grammar["boundary"].Contains(tokens[k].Lower) || tokens[k].Lower == ",")
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the act is not asserted: "nessun attacco", "un eventuale attacco", "il rischio di un attacco",
    /// or the object of a negated, hypothetical, future or irrealis verb ("ha minacciato un attacco").
    /// A noun before every verb is the subject: the verb's mood does not undo it.
    /// </summary>
    private bool Unreal(Token[] tokens, SentenceAnalysis analysis, int noun)
    {
        var start = analysis.Sentence.TokenStart;
        for (var k = noun - 1; k >= start && k >= noun - CueReach; k--)
        {
            if (grammar["unrealNominalCue"].Contains(tokens[k].Lower) || (k == noun - 1 && grammar["negDeterminer"].Contains(tokens[k].Lower)))
            {
                return true;
            }
        }

        for (var g = analysis.Groups.Count - 1; g >= 0; g--)
        {
            var group = analysis.Groups[g];
            if (group.Head < noun)
            {
                var previous = g > 0 ? analysis.Groups[g - 1] : null;
                return group.Negated || group.Hypothetical || group.Future || group.Irrealis || group.Intent
                    || (group.NonFinite && previous is { Irrealis: true } or { Hypothetical: true } or { Negated: true });
            }
        }

        return false;
    }
}
