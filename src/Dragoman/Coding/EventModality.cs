using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Whether an event is negated, and its mood (asserted, future, hypothetical): the marks of its verb group, the verbs it depends on, conditions, wishes and denials around it.</summary>
internal sealed class EventModality
{
    private readonly ClauseGrammar grammar;
    private readonly MandativeClause mandatives;
    private readonly ReportativeConditional reportative;

    public EventModality(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        mandatives = new MandativeClause(grammar);
        reportative = new ReportativeConditional(grammar);
    }

    /// <summary>
    /// An infinitive after an adjective of readiness ("ready to", "disposta a") or a verb of wishing
    /// (desireLemma: hope, want, sperare), neither of them conditional nor hypothetical themselves.
    /// </summary>
    public bool Desired(EventContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
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
    /// "Saree said the group would escalate operations", "Iran's army chief said it would strike back": the act is reported
    /// in the future by a speaker of the doer's own country (the subject of the nearest verb of saying before it).
    /// </summary>
    public bool AnnouncedByDoer(EventContext c, Participants? source)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (source is not { Actors.Count: > 0 } || !c.Group.Hypothetical)
        {
            return false;
        }

        for (var k = c.GroupIndex - 1; k >= 0; k--)
        {
            var said = c.Analysis.Groups[k];
            if (said.Reporting && !said.NonFinite)
            {
                return !said.Negated && !said.Hypothetical && c.Analysis.Subjects[k] is { Actors.Count: > 0 } speaker
                    && speaker.Actors[0].Primary == source.Actors[0].Primary;
            }
        }

        return false;
    }

    /// <summary>
    /// A condition stated outside the event's own clause ("would impose sanctions unless…", "if
    /// X attacks, Y could sanction X"); the act inside an if-clause itself is no threat.
    /// </summary>
    public bool ConditionalThreat(EventContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
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

    public bool Negated(EventContext c, Participants? source)
    {
        ArgumentNullException.ThrowIfNull(c);
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
            deniedByVerb = !c.Analysis.Groups[g].Negated && (grammar["negatingLemma"].Contains(c.Analysis.Groups[g].Lemma) || RejectedClaim(c, g)) && !CoordinatedAssertion(c, g);
        }

        // "Seoul has not confirmed reports that North Korean soldiers are fighting…": what a negated verb of
        // saying or confirming introduces is not asserted. An infinitive or gerund shares the negation of the
        // verb before it; a participle describing a noun does not ("non ha adottato la risoluzione americana,
        // bloccata dal veto di Russia e Cina").
        // A gerund set off by a comma is an adjunct, not the verb's complement: "has not signed it, insisting that
        // Armenia first amend its constitution" insists all the same. Not hesitating to act is acting (litotesLemma:
        // "non ha esitato a condannare", "did not hesitate to strike").
        var unconfirmed = previous is { Negated: true, Reporting: true } && !c.Group.Reporting;
        var adjunct = start > sentence.TokenStart && tokens[start - 1].Lower == "," && TokenReadings.VerbFeatures(tokens[c.Group.Head]).Contains("ger", StringComparison.Ordinal);
        return negated || deniedByWord || deniedByVerb || unconfirmed
            || (previous is not null && c.Group.NonFinite && !c.Group.BareParticiple && !adjunct && previous.Negated && previous.Head >= sentence.TokenStart && !previous.Reporting
                && !grammar["litotesLemma"].Contains(previous.Lemma));
    }

    /// <summary>
    /// "denied targeting civilians and accused the army of…", "ruled out talks, and thousands marched to the embassy": a finite
    /// verb coordinated after the verb of denial, or after a comma and a coordinator, asserts on its own; it is not what is denied.
    /// </summary>
    private bool CoordinatedAssertion(EventContext c, int denying)
    {
        if (c.Group.NonFinite)
        {
            return false;
        }

        // "denied that its troops had shelled villages or killed civilians" coordinates inside what is denied.
        var previous = c.GroupIndex - 1;
        while (previous > denying && c.Analysis.Groups[previous].NonFinite)
        {
            previous--;
        }

        if (c.Group.Coordinated && previous == denying)
        {
            return true;
        }

        var tokens = c.Document.Tokens;
        for (var k = c.Analysis.Groups[denying].Head + 1; k + 1 < c.Group.Start; k++)
        {
            if (tokens[k].Lower == "," && grammar["coordinator"].Contains(tokens[k + 1].Lower))
            {
                return true;
            }
        }

        return false;
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
            if (grammar["claimNoun"].Contains(tokens[k].Lower) && grammar["complementizer"].Contains(tokens[PastPrepositionalPhrase(tokens, k + 1, c.Group.Start)].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"rejected the accusation in a statement that…": the token after a prepositional phrase starting at <paramref name="k"/>, else <paramref name="k"/>.</summary>
    private static int PastPrepositionalPhrase(Token[] tokens, int k, int end)
    {
        if (k >= end || tokens[k].Pos != PartOfSpeech.Adp)
        {
            return k;
        }

        var j = k + 1;
        while (j < end && tokens[j].Pos is PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.Num)
        {
            j++;
        }

        return j;
    }

    public EventMood Mood(EventContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var group = c.Group;
        var tokens = c.Document.Tokens;
        var previous = c.GroupIndex > 0 ? c.Analysis.Groups[c.GroupIndex - 1] : null;
        var conditional = false;

        // "«X will pay if it goes on», the spokesman warned": a condition in the words reported before a verb of saying is theirs.
        var inverted = group.Reporting && c.GroupIndex > 0 && c.GroupIndex == c.Analysis.Groups.Count - 1 && ClosesReportedWords(tokens, c.Analysis.Groups[c.GroupIndex - 1].Head, group.Start);
        for (var k = c.Analysis.Sentence.TokenStart; k < group.Start && !conditional && !inverted; k++)
        {
            conditional = grammar["conditional"].StartingAt(tokens, k) is not null;
        }

        // "ha detto che avrebbe firmato se Pristina avesse accettato": a condition after the verb keeps it hypothetical.
        if (group.Hypothetical && !conditional && !grammar["conditional"].AnyStartingIn(tokens, group.End, c.Analysis.Sentence.TokenEnd) && ReportedFuture(c))
        {
            return EventMood.Future;
        }

        if (group.Hypothetical && !conditional && reportative.Applies(c))
        {
            return EventMood.Asserted;
        }

        // An infinitive or gerund takes the mood of the verb it completes; a participle describing a noun
        // tells a fact ("chiede il rilascio dei poliziotti arrestati dal Kosovo").
        var complement = group.NonFinite && !group.BareParticiple;
        // "ha respinto la protesta, accusando Manila di…": a gerund after a comma is an act of its own, not
        // the complement of a verb of refusal or threat before it.
        // "…, while accusing Brussels of…": after a comma and a subordinator the gerund is an act of its own, even after a "would".
        var gerund = tokens[group.Head].Features?.Contains("ger", StringComparison.Ordinal) == true;
        var subordinated = complement && gerund && group.Start - 1 > c.Analysis.Sentence.TokenStart && tokens[group.Start - 2].Lower == ","
            && grammar["boundary"].Contains(tokens[group.Start - 1].Lower);
        var circumstantial = subordinated || (complement && gerund && group.Start > c.Analysis.Sentence.TokenStart && tokens[group.Start - 1].Lower == ",");
        if (group.Hypothetical || conditional || (complement && !circumstantial && previous is { Irrealis: true }) || (complement && !subordinated && previous is { Hypothetical: true })
            || (complement && NounComplement(c))
            || (complement && AfterIrrealisAdjective(c))
            || (complement && group.Start > c.Analysis.Sentence.TokenStart && grammar["irrealisPreposition"].Contains(tokens[group.Start - 1].Lower))
            || mandatives.Find(tokens, c.Analysis, c.GroupIndex) is not null)
        {
            return EventMood.Hypothetical;
        }

        return group.Future || (complement && previous is { Intent: true } or { Future: true }) ? EventMood.Future : EventMood.Asserted;
    }

    /// <summary>
    /// "froze talks on joining the European Union", "the prospect of sending troops": a gerund after a preposition that follows a
    /// common noun (no actor, no temporal preposition) names what the noun is about, not an act done.
    /// </summary>
    private bool NounComplement(EventContext c)
    {
        var tokens = c.Document.Tokens;
        var start = c.Group.Start;
        if (start - 2 < c.Analysis.Sentence.TokenStart || !TokenReadings.VerbFeatures(tokens[c.Group.Head]).Contains("ger", StringComparison.Ordinal)
            || tokens[start - 1].Pos != PartOfSpeech.Adp || grammar["temporalPreposition"].Contains(tokens[start - 1].Lower)
            || tokens[start - 2].Pos != PartOfSpeech.Noun || tokens[start - 2].IsCapitalized)
        {
            return false;
        }

        foreach (var a in c.Analysis.Arguments)
        {
            if (a.TokenEnd == start - 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a comma or a quotation mark between the last verb of the reported words and the verb of saying closes them.</summary>
    private static bool ClosesReportedWords(Token[] tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].Lower == "," || tokens[k].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
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
}
