using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Finds verb groups in a sentence without a parser: a content verb plus the auxiliaries, modals,
/// negation and clitics before it. A word that could be a verb after an article or preposition is a
/// noun ("l'accordo", "the attack"), unless it is an infinitive ("di usare", "to join").
/// </summary>
public sealed class VerbGroupFinder
{
    private readonly ClauseGrammar grammar;
    private readonly ReducedRelativeReader reducedRelatives;
    private readonly VerbReading reading;

    // The grammar's word classes, fetched once: the finder asks them about nearly every token.
    private readonly WordSequenceSet auxLemmas;
    private readonly WordSequenceSet cliticWords;
    private readonly WordSequenceSet coordinatorWords;
    private readonly WordSequenceSet floatingQuantifierWords;
    private readonly WordSequenceSet futureMarkerWords;
    private readonly WordSequenceSet hypotheticalWords;
    private readonly WordSequenceSet infinitiveMarkerWords;
    private readonly WordSequenceSet intentLemmas;
    private readonly WordSequenceSet irrealisLemmas;
    private readonly WordSequenceSet modalLemmas;
    private readonly WordSequenceSet negationWords;
    private readonly WordSequenceSet passiveLemmas;
    private readonly WordSequenceSet purposeConjunctions;
    private readonly WordSequenceSet reflexiveWords;
    private readonly WordSequenceSet relativeWords;
    private readonly WordSequenceSet reportingLemmas;
    private readonly WordSequenceSet unaccusativeLemmas;

    public VerbGroupFinder(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        reducedRelatives = new ReducedRelativeReader(grammar);
        reading = new VerbReading(grammar);
        auxLemmas = grammar["auxLemma"];
        cliticWords = grammar["clitic"];
        coordinatorWords = grammar["coordinator"];
        floatingQuantifierWords = grammar["floatingQuantifier"];
        futureMarkerWords = grammar["futureMarker"];
        hypotheticalWords = grammar["hypothetical"];
        infinitiveMarkerWords = grammar["infinitiveMarker"];
        intentLemmas = grammar["intentLemma"];
        irrealisLemmas = grammar["irrealisLemma"];
        modalLemmas = grammar["modalLemma"];
        negationWords = grammar["negation"];
        passiveLemmas = grammar["passiveLemma"];
        purposeConjunctions = grammar["purposeConjunction"];
        reflexiveWords = grammar["reflexive"];
        relativeWords = grammar["relative"];
        reportingLemmas = grammar["reportingLemma"];
        unaccusativeLemmas = grammar["unaccusativeLemma"];
    }

    public List<VerbGroup> Find(Document document, Sentence sentence, IReadOnlyList<Actors.ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var mentionEnds = new MentionTokens(mentions, document.Tokens, sentence.TokenStart, sentence.TokenEnd);
        var tokens = document.Tokens;
        var groups = new List<VerbGroup>();
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            if (!reading.IsVerb(tokens, sentence, i, mentionEnds))
            {
                i++;
                continue;
            }

            var head = i;
            while (head + 1 < sentence.TokenEnd && reading.IsAuxiliary(tokens[head]) && NextVerb(tokens, sentence, head + 1, mentionEnds) is { } next)
            {
                head = next;
            }

            var start = ExtendLeft(tokens, sentence, i);
            groups.Add(Describe(tokens, sentence, start, head, groups.Count > 0 ? groups[^1] : null, mentionEnds));
            i = head + 1;
        }

        return groups;
    }

    /// <summary>"dopo aver incontrato", "avendo firmato", "having met": a participle after an infinitive or gerund auxiliary is non-finite.</summary>
    private bool HasNonFiniteAuxiliary(Token[] tokens, int start, int head)
    {
        for (var k = start; k < head; k++)
        {
            if (reading.IsAuxiliary(tokens[k]) && VerbReading.IsNonFinite(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"potrebbe criticare", "could sanction": an infinitive after a finite modal or auxiliary heads a finite clause.</summary>
    private bool HasFiniteAuxiliary(Token[] tokens, int start, int head)
    {
        for (var k = start; k < head; k++)
        {
            if (reading.IsAuxiliary(tokens[k]) && !VerbReading.IsNonFinite(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private int? NextVerb(Token[] tokens, Sentence sentence, int from, MentionTokens mentionEnds)
    {
        var skipped = 0;
        for (var k = from; k < sentence.TokenEnd && k < from + 3 + skipped; k++)
        {
            // 'would "pay a heavy price"', 'did not, however, sign': a quotation mark opening inside the group, or an
            // adverb set off by commas, stands between the auxiliary and its verb.
            if (tokens[k].Kind == TokenKind.Quote)
            {
                skipped++;
                continue;
            }

            if (ParentheticalLength(tokens, sentence, k) is var length and > 0)
            {
                k += length - 1;
                skipped += length;
                continue;
            }

            if (reading.IsVerb(tokens, sentence, k, mentionEnds) || (tokens[k].VerbLemma is not null && tokens[k].Pos == PartOfSpeech.Aux))
            {
                return k;
            }

            if (!IsModifier(tokens[k]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"did not, however, sign", "has, so far, not vetoed": one or two adverbs between commas, or 0.</summary>
    private static int ParentheticalLength(Token[] tokens, Sentence sentence, int k)
    {
        if (tokens[k].Lower != ",")
        {
            return 0;
        }

        for (var n = 1; n <= 2 && k + n + 1 < sentence.TokenEnd && tokens[k + n].Pos == PartOfSpeech.Adv; n++)
        {
            if (tokens[k + n + 1].Lower == ",")
            {
                return n + 2;
            }
        }

        return 0;
    }

    // "hanno entrambe liberato": a floating quantifier may stand between the auxiliary and the participle.
    private bool IsModifier(Token token) =>
        token.Pos != PartOfSpeech.Propn && (token.Pos is PartOfSpeech.Adv or PartOfSpeech.Part || negationWords.Contains(token.Lower) || IsClitic(token) || floatingQuantifierWords.Contains(token.Lower));

    private bool IsClitic(Token token) => token.Pos == PartOfSpeech.Pron && cliticWords.Contains(token.Lower);

    private int ExtendLeft(Token[] tokens, Sentence sentence, int i)
    {
        var start = i;
        while (start > sentence.TokenStart)
        {
            var previous = tokens[start - 1];
            if (IsModifier(previous) || infinitiveMarkerWords.Contains(previous.Lower) || reading.ObjectClitic(previous, tokens[start]))
            {
                start--;
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>
    /// A past participle with no auxiliary is a reduced relative ("i crimini commessi dalle forze",
    /// "the deal brokered by Qatar"); English forms that are also a simple past stay finite.
    /// </summary>
    private static bool IsBareParticiple(Token head)
    {
        // "cittadini statunitensi detenuti a Caracas": a participle the lexicon also reads as a noun is judged by its verb reading.
        var features = TokenReadings.VerbFeatures(head);

        // "truppe dislocate": a second person plural reading (pres.2pl, imp.2pl) does not occur in news.
        var finite = features.Replace("pres.2pl", "", StringComparison.Ordinal).Replace("imp.2pl", "", StringComparison.Ordinal);
        return features.Contains("pp", StringComparison.Ordinal) && !finite.Contains("past", StringComparison.Ordinal) && !finite.Contains("pres", StringComparison.Ordinal);
    }

    private VerbGroup Describe(Token[] tokens, Sentence sentence, int start, int head, VerbGroup? previous, MentionTokens mentionEnds)
    {
        var headToken = tokens[head];
        var lemma = headToken.VerbLemma!;
        bool negated = false, passive = false, reflexive = false, hypothetical = false, future = false;
        for (var k = start; k < head; k++)
        {
            var t = tokens[k];
            negated |= negationWords.Contains(t.Lower);
            reflexive |= IsClitic(t) && reflexiveWords.Contains(t.Lower);
            hypothetical |= hypotheticalWords.Contains(t.Lower) || (t.VerbLemma is { } m && modalLemmas.Contains(m));
            future |= futureMarkerWords.Contains(t.Lower) || HasFeature(t, "fut");
            passive |= t.VerbLemma is { } aux && passiveLemmas.Contains(aux) && HasFeature(headToken, "pp");
        }

        // "Russia is not willing to negotiate": a copula heading its group is negated by the word after it.
        negated |= head + 1 < sentence.TokenEnd && auxLemmas.Contains(lemma) && negationWords.Contains(tokens[head + 1].Lower);
        hypothetical |= HasFeature(headToken, "cond") && !HasFeature(headToken, "pres");

        // "fanno pressione su Hamas perché accetti la tregua", "perché Israele e Hamas firmassero": a subjunctive in a clause opened by a
        // conjunction of purpose tells what is wanted, not what was done.
        hypothetical |= HasFeature(headToken, "subj") && OpensPurpose(tokens, sentence, start, previous);
        future |= HasFeature(headToken, "fut");
        var coordinated = start > sentence.TokenStart && (coordinatorWords.Contains(tokens[start - 1].Lower) || tokens[start - 1].Lower == ",");
        var particlesEnd = head + 1;
        var bareParticiple = start == head && (IsBareParticiple(headToken) || reducedRelatives.Find(tokens, sentence, head, previous));
        return new VerbGroup(sentence.Index, start, head, particlesEnd, lemma)
        {
            Negated = negated,
            Passive = (passive || bareParticiple) && !reflexive && !unaccusativeLemmas.Contains(lemma),
            BareParticiple = bareParticiple,
            Reflexive = reflexive,
            Hypothetical = hypothetical,
            Future = future,
            NonFinite = ((VerbReading.IsNonFinite(headToken) || reading.AfterInfinitiveMarker(tokens, sentence, head, mentionEnds) || HasNonFiniteAuxiliary(tokens, start, head)) && !HasFiniteAuxiliary(tokens, start, head)) || bareParticiple,
            Coordinated = coordinated && previous is not null,
            Relative = previous is not null && start > sentence.TokenStart && relativeWords.Contains(tokens[start - 1].Lower),
            Reporting = reportingLemmas.Contains(lemma),
            Irrealis = irrealisLemmas.Contains(lemma),
            Intent = intentLemmas.Contains(lemma),
            Past = !future && !hypothetical && (HasFeature(headToken, "past") || HasFeature(headToken, "pr.") || HasFeature(headToken, "impf")
                || (start < head && HasFeature(headToken, "pp"))),
        };
    }

    /// <summary>Whether a conjunction of purpose (grammar key purposeConjunction) opens the clause of the group starting at <paramref name="start"/>.</summary>
    private bool OpensPurpose(Token[] tokens, Sentence sentence, int start, VerbGroup? previous)
    {
        var floor = previous is null ? sentence.TokenStart : previous.Head + 1;
        for (var k = start - 1; k >= floor; k--)
        {
            if (purposeConjunctions.EndingAt(tokens, k, floor) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFeature(Token token, string feature) =>
        token.Features is { } f && f.Contains(feature, StringComparison.Ordinal);
}
