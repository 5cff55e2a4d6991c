using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "condemned the meeting", "denied the claim", "a move hailed by Damascus": a noun that names an
/// event told before stands for that event's actors. The target is the source of the last event
/// coded in the document; for an encounter (meeting, talks, visit) its target too.
/// </summary>
public sealed class EventAnaphora
{
    private const int ObjectWindow = 3;

    // "what it described as «an act of piracy by another name»": the marker, a quotation mark, an article, a head and its complement.
    private const int NamedWindow = 8;

    // "its fact-finding mission to investigate the killings": room for an object, an infinitive and the act's noun.
    private const int ComplementWindow = 10;

    private readonly ClauseGrammar grammar;

    public EventAnaphora(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The actors of the earlier event the verb's object (or, for a bare participle, the noun it describes) refers to.</summary>
    /// <param name="named">Where the words start that a free relative after the verb names its object with ("condemned what it
    /// called a provocation"); an indefinite noun there names the earlier event too.</param>
    public Participants? Resolve(Document document, VerbGroup group, int after, int clauseEnd, IReadOnlyList<CodedEvent> events, Participants? subject = null, Participants? doer = null, int? named = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 && doer is null)
        {
            return null;
        }

        var tokens = document.Tokens;
        var noun = group.BareParticiple ? NounBefore(tokens, group.Start)
            : named is { } start ? NamedNoun(tokens, start, clauseEnd)
            : ObjectNoun(tokens, after, clauseEnd);
        if (!group.BareParticiple && named is null && (noun is null || !(grammar["encounterNoun"].Contains(noun) || grammar["eventNoun"].Contains(noun))))
        {
            noun = ComplementEventNoun(tokens, after, clauseEnd) ?? noun;
        }

        if (noun is null)
        {
            return null;
        }

        var encounter = grammar["encounterNoun"].Contains(noun);
        if (!encounter && !grammar["eventNoun"].Contains(noun))
        {
            return null;
        }

        // "Mosca ha accusato Kiev …; Kiev ha respinto le accuse": one does not answer one's own words.
        var other = subject?.Actors.Count > 0 ? subject.Actors[0] : null;
        // "called for an inquiry into the massacre", "Beirut ha condannato i raid": a noun naming violence or a show of force
        // (violentEventNoun or an attack: noun) refers to the last such act (violentEventRoots), whoever spoke after it, not to
        // the last act; when nobody was named as its doer, to whom it was done ("gunmen killed eleven miners in Burkina Faso").
        // A noun naming an attack ("gli attacchi", "i raid") refers first to the last violent act proper (placeTargetRoots),
        // not to a show of force told after it ("…ha risposto ordinando il dispiegamento di miliziani").
        var attackCode = grammar.Attacks.ValueOf(noun);
        if (attackCode is not null && !grammar["violentEventRoots"].Contains(attackCode[..2]))
        {
            // "ha bollato le sanzioni come illegittime": a noun naming an act that is no violence (sanctions, an embargo)
            // refers to the last act of its own root.
            return LastOfRoot(events, other, attackCode[..2]) is { Source: { } imposer } imposed
                ? new Participants([imposer], imposed.SourceText ?? imposer.Name, imposed.Evidence.Start, imposed.Evidence.End, $"the doer of the earlier act '{noun}' refers to")
                : null;
        }

        var attackNoun = attackCode is not null;
        var violent = grammar["violentEventNoun"].Contains(noun) || attackNoun;
        var violentAct = !violent ? null
            : (attackNoun ? LastAsserted(events, other, grammar["placeTargetRoots"], anyDoer: true) : null) ?? LastAsserted(events, other, grammar["violentEventRoots"], anyDoer: true);
        if (violentAct is { } act)
        {
            // Whoever claims it becomes its doer instead (see Claimed).
            if (act.Source is { } attacker)
            {
                return new Participants([attacker], act.SourceText ?? attacker.Name, act.Evidence.Start, act.Evidence.End, $"the doer of the earlier violent act '{noun}' refers to");
            }

            if (act.Target is { } victim && !grammar["claimLemma"].Contains(group.Lemma) && !grammar["responsibilityLemma"].Contains(group.Lemma))
            {
                return new Participants([victim], act.TargetText ?? victim.Name, act.Evidence.Start, act.Evidence.End, $"where the earlier act '{noun}' refers to happened");
            }
        }

        // With no such act coded, only the doer of one told without a target can be meant.
        var last = violent ? null : LastAsserted(events, other);
        if (doer is not null && (last is null || doer.Start > last.Evidence.Start) && (other is null || !EventAssembler.SameActor(doer.Actors[0], other)))
        {
            // The act named was told after the last coded event, with no target of its own.
            return doer.Carried($"the doer of the earlier act '{noun}' refers to");
        }

        if (last?.Source is not { } source)
        {
            return null;
        }

        var actors = new List<Actor> { source };
        if (encounter && last.Target is { } target && target.Code != source.Code)
        {
            actors.Add(target);
        }

        var text = last.SourceText ?? source.Name;
        return new Participants(actors, text, last.Evidence.Start, last.Evidence.End, $"the actors of the earlier event '{noun}' refers to");
    }

    /// <summary>
    /// "il generale è stato ucciso da un ordigno; i servizi ucraini hanno rivendicato l'attentato", "l'attacco
    /// è stato rivendicato dall'ISIS": a verb of claiming (grammar key claimLemma) whose object names an event
    /// told before, or a verb of taking (responsibilityLemma) whose object is responsibility for it (responsibilityNoun),
    /// gives that event, if its perpetrator was not named, the claimant as source. Returns the
    /// index of that event in <paramref name="events"/>, or -1.
    /// </summary>
    public int Claimed(Document document, VerbGroup group, int after, int clauseEnd, IReadOnlyList<CodedEvent> events, Participants claimant)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claimant);
        var claims = grammar["claimLemma"].Contains(group.Lemma);
        if (events.Count == 0 || claimant.Actors.Count == 0 || group.Negated || group.Hypothetical || !(claims || grammar["responsibilityLemma"].Contains(group.Lemma)))
        {
            return -1;
        }

        // "claimed responsibility for the bombing", "si è assunto la paternità dell'attentato": the act is the last one told.
        var tokens = document.Tokens;
        var noun = group.Passive ? NounBefore(tokens, group.Start) : ObjectNoun(tokens, after, clauseEnd);
        var bare = !group.Passive && after < clauseEnd && tokens[after].Pos == PartOfSpeech.Noun ? tokens[after].Lemma.ToLowerInvariant() : null;
        var responsibility = grammar["responsibilityNoun"];
        if (!(noun is not null && (responsibility.Contains(noun) || claims && grammar["eventNoun"].Contains(noun)) || bare is not null && responsibility.Contains(bare)))
        {
            return -1;
        }

        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (UnnamedPerpetrator.IsUnnamed(e.Source) && !e.Negated && e.Mood == EventMood.Asserted && e.Target is { } target && !EventAssembler.SameActor(target, claimant.Actors[0]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "La polizia kosovara ha arrestato tre serbi. Belgrado ha protestato": an act of a reaction root
    /// (grammar key reactionRoots) with no target answers whoever acted last on its doer's country.
    /// </summary>
    public Participants? Reaction(string code, Participants? source, IReadOnlyList<CodedEvent> events, Participants? doer = null, int floor = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(events);
        if (source is not { Actors.Count: > 0 } || !grammar["reactionRoots"].Contains(code[..2]))
        {
            return null;
        }

        // A subject named in its clause: its own country's acts told in between ("l'esercito etiope ha trasferito
        // divisioni… Il governo ha negato") do not hide who acted on it last.
        var country = source.Actors[0].Primary;
        var named = source.How == "subject before the verb";
        if (LastAsserted(events, named ? source.Actors[0] : null) is { Source: { } actor, Target: { } done } last && done.Primary == country && actor.Primary != country)
        {
            return new Participants([actor], last.SourceText ?? actor.Name, last.Evidence.Start, last.Evidence.End, "the one who acted last on the subject");
        }

        // "L'Ue ha chiesto il rispetto dei diritti. Tunisi ha respinto quella che ha definito un'ingerenza": a
        // rejection (grammar key answerRoots) with no target answers the last other actor who spoke or acted
        // since the start of the previous sentence (offset floor).
        if (!grammar["answerRoots"].Contains(code[..2]))
        {
            return null;
        }

        var other = LastAsserted(events, source.Actors[0]);
        if (doer is not null && doer.Start >= floor && !EventAssembler.SameActor(doer.Actors[0], source.Actors[0]) && doer.Actors[0].Primary != country
            && (other is null || doer.Start > other.Evidence.Start))
        {
            return doer.Carried("the last other actor who spoke or acted");
        }

        return other is { Source: { } speaker } && other.Evidence.Start >= floor && speaker.Primary != country
            ? new Participants([speaker], other.SourceText ?? speaker.Name, other.Evidence.Start, other.Evidence.End, "the last other actor who spoke or acted")
            : null;
    }

    /// <summary>
    /// "L'esercito israeliano ha lanciato raid su Khan Younis. Almeno quindici persone sono state uccise": a
    /// violent act with no perpetrator named (from <paramref name="first"/> on) that hits the country the
    /// last violent act of this or the previous sentence hit was done by that act's doer.
    /// </summary>
    public void Perpetrator(List<CodedEvent> events, int first, int sentence)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var k = first; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Source is not null || e.Target is not { } target || e.Negated || e.Mood != EventMood.Asserted || !grammar["placeTargetRoots"].Contains(e.Cameo[..2]))
            {
                continue;
            }

            for (var p = first - 1; p >= 0 && events[p].Sentence >= sentence - 1; p--)
            {
                var before = events[p];
                if (before.Source is { } doer && before.Target?.Primary == target.Primary && !before.Negated && before.Mood == EventMood.Asserted
                    && grammar["placeTargetRoots"].Contains(before.Cameo[..2]))
                {
                    events[k] = e with { Source = doer, SourceText = before.SourceText };
                    break;
                }
            }
        }
    }

    private static CodedEvent? LastOfRoot(IReadOnlyList<CodedEvent> events, Actor? other, string root)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (!e.Negated && e.Mood != EventMood.Hypothetical && e.Source is { } source && e.Cameo.StartsWith(root, StringComparison.Ordinal)
                && (other is null || !EventAssembler.SameActor(source, other)))
            {
                return e;
            }
        }

        return null;
    }

    private static CodedEvent? LastAsserted(IReadOnlyList<CodedEvent> events, Actor? other, WordSequenceSet? roots = null, bool anyDoer = false)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var source = events[k].Source;
            if (!events[k].Negated && events[k].Mood != EventMood.Hypothetical && (source is not null || anyDoer) && (other is null || source is null || !EventAssembler.SameActor(source, other))
                && (roots is null || roots.Contains(events[k].Cameo[..2])))
            {
                return events[k];
            }
        }

        return null;
    }

    /// <summary>
    /// The head noun of a definite object ("the meeting", "this move"): the first noun after the
    /// verb, past a definite or demonstrative determiner and adjectives. "an agreement" is a new one.
    /// </summary>
    private static string? ObjectNoun(Token[] tokens, int from, int to)
    {
        from = MannerPhrase.Past(tokens, from, to);
        var definite = false;
        for (var k = from; k < to && k < from + ObjectWindow; k++)
        {
            var token = tokens[k];
            if (token.Pos == PartOfSpeech.Det)
            {
                definite |= token.Features is { } f && (f.Contains("def", StringComparison.Ordinal) || f.Contains("dem", StringComparison.Ordinal)) && !f.Contains("indef", StringComparison.Ordinal);
                continue;
            }

            if (token.Pos is PartOfSpeech.Adj or PartOfSpeech.Adv)
            {
                continue;
            }

            // "the launch", "the test": after a determiner a word the lemmatizer read as a verb is a noun.
            return definite && token.Pos == PartOfSpeech.Noun ? token.Lemma.ToLowerInvariant()
                : definite && token.Pos == PartOfSpeech.Verb && k > from && tokens[k - 1].Pos == PartOfSpeech.Det ? token.Lower : null;
        }

        return null;
    }

    /// <summary>
    /// "ordered its fact-finding mission to investigate the killings", "called for an inquiry into the shelling":
    /// the act named further on, through a preposition or an infinitive, when the object itself names none.
    /// Only function words, adjectives, infinitives and the object's nouns may come between; punctuation ends the search.
    /// </summary>
    private string? ComplementEventNoun(Token[] tokens, int from, int to)
    {
        var nouns = 0;
        var definite = false;
        for (var k = from; k < to && k < from + ComplementWindow; k++)
        {
            var token = tokens[k];
            if ((token.Text == "-" && k > from && tokens[k - 1].End == token.Start) || (k > from && tokens[k - 1].Text == "-" && tokens[k - 1].End == token.Start))
            {
                // "fact-finding": the parts of a hyphenated modifier.
                continue;
            }

            switch (token.Pos)
            {
                case PartOfSpeech.Det:
                    definite = token.Features is { } f && (f.Contains("def", StringComparison.Ordinal) || f.Contains("dem", StringComparison.Ordinal)) && !f.Contains("indef", StringComparison.Ordinal);
                    continue;
                case PartOfSpeech.Adp:
                    // "sul massacro": a preposition joined to the definite article.
                    definite = token.Features?.Contains("art", StringComparison.Ordinal) == true;
                    continue;
                case PartOfSpeech.Adj or PartOfSpeech.Adv or PartOfSpeech.Part:
                    continue;
                // "an inquiry into the shooting": after a definite determiner a gerund naming an event is that event's noun.
                case PartOfSpeech.Verb when definite && nouns > 0 && grammar["eventNoun"].Contains(token.Lower):
                    return token.Lower;
                case PartOfSpeech.Verb when token.Features?.Contains("inf", StringComparison.Ordinal) == true:
                    definite = false;
                    continue;
                case PartOfSpeech.Noun:
                    var lemma = token.Lemma.ToLowerInvariant();
                    if (definite && nouns > 0 && grammar["eventNoun"].Contains(lemma))
                    {
                        return lemma;
                    }

                    // A compound may name the object ("its fact-finding mission", "a UN inquiry team").
                    if (++nouns > 3)
                    {
                        return null;
                    }

                    definite = false;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "what he called «a clear and present threat»", "what it described as an act of piracy": the first noun naming an event
    /// among the words a free relative names its object with, definite or not, before any punctuation but quotation marks.
    /// </summary>
    private string? NamedNoun(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to && k < from + NamedWindow; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text != "-")
            {
                return null;
            }

            var lemma = token.Lemma.ToLowerInvariant();
            if (token.Pos == PartOfSpeech.Noun && (grammar["eventNoun"].Contains(lemma) || grammar["encounterNoun"].Contains(lemma)))
            {
                return lemma;
            }
        }

        return null;
    }

    private static string? NounBefore(Token[] tokens, int start) =>
        start > 0 && tokens[start - 1].Pos == PartOfSpeech.Noun ? tokens[start - 1].Lemma.ToLowerInvariant() : null;
}
