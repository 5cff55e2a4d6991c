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

    // The grammar's word classes, fetched once: the finder asks them about nearly every token.
    private readonly WordSequenceSet auxLemmas;
    private readonly WordSequenceSet cliticWords;
    private readonly WordSequenceSet complementizerWords;
    private readonly WordSequenceSet coordinatorWords;
    private readonly WordSequenceSet floatingQuantifierWords;
    private readonly WordSequenceSet futureMarkerWords;
    private readonly WordSequenceSet hypotheticalWords;
    private readonly WordSequenceSet infinitiveMarkerWords;
    private readonly WordSequenceSet intentLemmas;
    private readonly WordSequenceSet irrealisAdjectiveWords;
    private readonly WordSequenceSet irrealisLemmas;
    private readonly WordSequenceSet modalLemmas;
    private readonly WordSequenceSet negationWords;
    private readonly WordSequenceSet nounOverFeatures;
    private readonly WordSequenceSet passiveLemmas;
    private readonly WordSequenceSet possessiveCliticWords;
    private readonly WordSequenceSet purposeConjunctions;
    private readonly WordSequenceSet reflexiveWords;
    private readonly WordSequenceSet relativeWords;
    private readonly WordSequenceSet reportingLemmas;
    private readonly WordSequenceSet unaccusativeLemmas;
    private readonly bool prenominalAdjectives;

    public VerbGroupFinder(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        reducedRelatives = new ReducedRelativeReader(grammar);
        auxLemmas = grammar["auxLemma"];
        cliticWords = grammar["clitic"];
        complementizerWords = grammar["complementizer"];
        coordinatorWords = grammar["coordinator"];
        floatingQuantifierWords = grammar["floatingQuantifier"];
        futureMarkerWords = grammar["futureMarker"];
        hypotheticalWords = grammar["hypothetical"];
        infinitiveMarkerWords = grammar["infinitiveMarker"];
        intentLemmas = grammar["intentLemma"];
        irrealisAdjectiveWords = grammar["irrealisAdjective"];
        irrealisLemmas = grammar["irrealisLemma"];
        modalLemmas = grammar["modalLemma"];
        negationWords = grammar["negation"];
        nounOverFeatures = grammar["nounOverFeatures"];
        passiveLemmas = grammar["passiveLemma"];
        possessiveCliticWords = grammar["possessiveClitic"];
        purposeConjunctions = grammar["purposeConjunction"];
        reflexiveWords = grammar["reflexive"];
        relativeWords = grammar["relative"];
        reportingLemmas = grammar["reportingLemma"];
        unaccusativeLemmas = grammar["unaccusativeLemma"];
        prenominalAdjectives = grammar["prenominalAdjectives"].Contains("true");
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
            if (!IsVerb(tokens, sentence, i, mentionEnds))
            {
                i++;
                continue;
            }

            var head = i;
            while (head + 1 < sentence.TokenEnd && IsAuxiliary(tokens[head]) && NextVerb(tokens, sentence, head + 1, mentionEnds) is { } next)
            {
                head = next;
            }

            var start = ExtendLeft(tokens, sentence, i);
            groups.Add(Describe(tokens, sentence, start, head, groups.Count > 0 ? groups[^1] : null, mentionEnds));
            i = head + 1;
        }

        return groups;
    }

    private bool IsVerb(Token[] tokens, Sentence sentence, int i, MentionTokens mentionEnds)
    {
        var token = tokens[i];
        if (token.VerbLemma is null || token.Kind != TokenKind.Word || (token.Pos == PartOfSpeech.Propn && i > sentence.TokenStart) || mentionEnds.Inside(i))
        {
            return false;
        }

        // A form the lexicon reads as a function word first ("dai", "dal") is one.
        if (token.Pos is PartOfSpeech.Adp or PartOfSpeech.Det or PartOfSpeech.Cconj or PartOfSpeech.Sconj)
        {
            return false;
        }

        // "U.S.-made missiles": a word joined by a hyphen to the word before it is part of a compound.
        if (i >= sentence.TokenStart + 2 && tokens[i - 1].Text == "-" && tokens[i - 1].End == token.Start && tokens[i - 2].End == tokens[i - 1].Start)
        {
            return false;
        }

        // "un sostegno consistente", "la situazione preoccupante": a present participle is an adjective.
        var features = TokenReadings.VerbFeatures(token);
        if (features == "prp")
        {
            return false;
        }

        var nonFinite = IsNonFinite(token);
        if (i == sentence.TokenStart)
        {
            return token.Pos is PartOfSpeech.Verb or PartOfSpeech.Aux || nonFinite;
        }

        // "which were shot down": an auxiliary after a relative word that can also be a determiner.
        var previous = tokens[i - 1];

        // "ready to resume", "stands ready to contribute": an English base form after the infinitive
        // marker is an infinitive even where the lexicon also reads it as present tense.
        if (AfterInfinitiveMarker(tokens, sentence, i, mentionEnds))
        {
            return true;
        }

        var afterRelative = token.Pos == PartOfSpeech.Aux && relativeWords.Contains(previous.Lower);

        // "Sweden, which joined NATO": a finite form after a relative word that is no complementizer is its verb.
        if (token.Pos != PartOfSpeech.Aux && relativeWords.Contains(previous.Lower) && !complementizerWords.Contains(previous.Lower)
            && (features.Contains("past", StringComparison.Ordinal) || features.Contains("pres", StringComparison.Ordinal)))
        {
            return true;
        }

        // "e lo ha ringraziato", "gli ha chiesto": a word read as an article before a finite auxiliary
        // is an object clitic (an article never comes right before a verb).
        // "Moscow and Kyiv each freed…", "i due Paesi hanno entrambi firmato": a quantifier floating after the subject is no article.
        var floating = previous.Pos is PartOfSpeech.Det && (mentionEnds.EndsAt(i - 1) || (i - 2 >= sentence.TokenStart && IsAuxiliary(tokens[i - 2])))
            && floatingQuantifierWords.Contains(previous.Lower);
        if ((previous.Pos is PartOfSpeech.Det && !afterRelative && !floating && !ObjectClitic(previous, token)) || (previous.Pos == PartOfSpeech.Adp && !nonFinite) || possessiveCliticWords.Contains(previous.Lower))
        {
            return false;
        }

        // An enclitic glued to a name is a possessive ("Sweden's bid"), not a verb ("he's").
        if (token.Glued && previous.IsCapitalized && !token.IsCapitalized && token.Text.StartsWith('\''))
        {
            return false;
        }

        if (previous.Pos == PartOfSpeech.Adj && token.Pos != PartOfSpeech.Aux && prenominalAdjectives)
        {
            return false;
        }

        // "easing fears", "the email accounts", "peace talks": a present-tense form that can be a
        // noun is one after a verb, or after a common noun where English compounds nouns.
        var nominal = TokenReadings.HasNominalReading(token);
        if (nominal && token.Pos != PartOfSpeech.Aux && previous.Pos == PartOfSpeech.Verb && !mentionEnds.EndsAt(i))
        {
            return false;
        }

        // "a U.S. request", "the EU summit": after a name, an English bare form that can be a noun is
        // one (a verb there would agree with its singular subject: "the U.S. requests").
        // "L'Alto commissario dell'Onu", "il nuovo accordo": a form whose only verb reading is one news narrative never uses
        // (grammar key nounOverFeatures: the first person singular) and which can be a noun, or follows an adjective or a
        // capitalised word of a title, is a noun.
        if ((nominal || previous.Pos is PartOfSpeech.Adj or PartOfSpeech.Propn) && nounOverFeatures.Contains(features))
        {
            return false;
        }

        // "two patrol vessels": right after a number a word is a noun or its modifier; only a past form
        // ("the two met") or an auxiliary ("i due hanno firmato") is a verb there.
        if (previous.Pos == PartOfSpeech.Num && token.Pos != PartOfSpeech.Aux && !features.Contains("past", StringComparison.Ordinal))
        {
            return false;
        }

        if (nominal && mentionEnds.EndsAt(i) && prenominalAdjectives
            && !features.Contains("past", StringComparison.Ordinal) && !features.Contains("3sg", StringComparison.Ordinal))
        {
            return false;
        }

        // "the Japanese remarks", "Israeli strikes on Gaza": after a demonym, a form that can be a plural noun is one.
        if (nominal && mentionEnds.DemonymEndsAt(i) && prenominalAdjectives && !features.Contains("past", StringComparison.Ordinal))
        {
            return false;
        }

        if (nominal && previous.Pos == PartOfSpeech.Noun && !previous.IsCapitalized && !mentionEnds.EndsAt(i)
            && prenominalAdjectives && !features.Contains("past", StringComparison.Ordinal))
        {
            return false;
        }

        if (token.Pos is PartOfSpeech.Verb or PartOfSpeech.Aux)
        {
            return true;
        }

        // "A 71-year-old man shot…": in English a past form after a common noun is its verb.
        var pastAfterNoun = previous.Pos == PartOfSpeech.Noun && prenominalAdjectives && features.Contains("past", StringComparison.Ordinal);
        // A noun after a name inside a prepositional phrase ("fornito all'Ucraina armi") is that verb's object.
        var afterSubject = mentionEnds.EndsAt(i) && !(token.Pos == PartOfSpeech.Noun && mentionEnds.PrepositionalEndsAt(i));
        return previous.Pos is PartOfSpeech.Aux or PartOfSpeech.Pron or PartOfSpeech.Part or PartOfSpeech.Adv
            || (afterSubject && token.Pos != PartOfSpeech.Adj) || negationWords.Contains(previous.Lower) || pastAfterNoun
            || InvertedReporting(tokens, sentence, i);
    }

    /// <summary>
    /// "…hanno massacrato centinaia di civili, denuncia un rapporto dell'ONU": a verb of saying that the
    /// lexicon also reads as a noun, after a comma and before an article or a name, opens an inverted reporting clause.
    /// </summary>
    private bool InvertedReporting(Token[] tokens, Sentence sentence, int i) =>
        i + 1 < sentence.TokenEnd && tokens[i - 1].Lower == "," && tokens[i].VerbLemma is { } lemma && reportingLemmas.Contains(lemma)
        && tokens[i + 1].Pos is PartOfSpeech.Det or PartOfSpeech.Propn;

    /// <summary>"dopo aver incontrato", "avendo firmato", "having met": a participle after an infinitive or gerund auxiliary is non-finite.</summary>
    private bool HasNonFiniteAuxiliary(Token[] tokens, int start, int head)
    {
        for (var k = start; k < head; k++)
        {
            if (IsAuxiliary(tokens[k]) && IsNonFinite(tokens[k]))
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
            if (IsAuxiliary(tokens[k]) && !IsNonFinite(tokens[k]))
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

            if (IsVerb(tokens, sentence, k, mentionEnds) || (tokens[k].VerbLemma is not null && tokens[k].Pos == PartOfSpeech.Aux))
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

    private bool IsAuxiliary(Token token) =>
        token.VerbLemma is { } lemma && (auxLemmas.Contains(lemma) || modalLemmas.Contains(lemma)
            || hypotheticalWords.Contains(token.Lower) || futureMarkerWords.Contains(token.Lower) || token.Pos == PartOfSpeech.Aux);

    // "hanno entrambe liberato": a floating quantifier may stand between the auxiliary and the participle.
    private bool IsModifier(Token token) =>
        token.Pos != PartOfSpeech.Propn && (token.Pos is PartOfSpeech.Adv or PartOfSpeech.Part || negationWords.Contains(token.Lower) || IsClitic(token) || floatingQuantifierWords.Contains(token.Lower));

    private bool IsClitic(Token token) => token.Pos == PartOfSpeech.Pron && cliticWords.Contains(token.Lower);

    /// <summary>"lo ha ringraziato", "gli ha chiesto": a form read as an article first is an object clitic before a finite auxiliary.</summary>
    private bool ObjectClitic(Token token, Token next) =>
        token.Pos == PartOfSpeech.Det && next.Pos == PartOfSpeech.Aux && cliticWords.Contains(token.Lower) && !TokenReadings.VerbFeatures(next).Contains("pp", StringComparison.Ordinal);

    private int ExtendLeft(Token[] tokens, Sentence sentence, int i)
    {
        var start = i;
        while (start > sentence.TokenStart)
        {
            var previous = tokens[start - 1];
            if (IsModifier(previous) || infinitiveMarkerWords.Contains(previous.Lower) || ObjectClitic(previous, tokens[start]))
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

    /// <summary>
    /// "ready to resume", "agreed to send": a base form after the infinitive marker, unless a noun governs it
    /// ("Sweden's bid to join" stays inside the noun phrase: its doer is the noun's owner, not the clause's subject).
    /// </summary>
    private bool AfterInfinitiveMarker(Token[] tokens, Sentence sentence, int i, MentionTokens mentionEnds)
    {
        // The lexicon may have read the base form as a noun after "to" ("agreed to supply"): its verb reading counts.
        if (i <= sentence.TokenStart || !TokenReadings.VerbFeatures(tokens[i]).Contains("inf", StringComparison.Ordinal)
            || tokens[i].Pos is not (PartOfSpeech.Verb or PartOfSpeech.Aux or PartOfSpeech.Noun)
            || !infinitiveMarkerWords.Contains(tokens[i - 1].Lower))
        {
            return false;
        }

        // A governor that is itself a verb here governs the infinitive even when it could be a noun
        // ("Germany plans to supply"); "Finland's bid to join" keeps its noun. A name takes no infinitive:
        // "met on Sunday to weigh", "NATO to deploy" (a headline's future).
        var governor = i - 2;
        return governor < sentence.TokenStart || irrealisAdjectiveWords.Contains(tokens[governor].Lower)
            || OwnedDecision.Governs(grammar, tokens, sentence, governor)
            || (tokens[governor].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux && IsVerb(tokens, sentence, governor, mentionEnds))
            || tokens[governor].Pos == PartOfSpeech.Propn
            || (tokens[governor].Pos != PartOfSpeech.Noun && !TokenReadings.HasNominalReading(tokens[governor]));
    }

    private static bool IsNonFinite(Token token) =>
        token.Features is { } f && (f.Contains("inf", StringComparison.Ordinal) || f.Contains("ger", StringComparison.Ordinal)) && !f.Contains("pres", StringComparison.Ordinal);

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
            NonFinite = ((IsNonFinite(headToken) || AfterInfinitiveMarker(tokens, sentence, head, mentionEnds) || HasNonFiniteAuxiliary(tokens, start, head)) && !HasFiniteAuxiliary(tokens, start, head)) || bareParticiple,
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
