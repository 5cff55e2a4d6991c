using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Whether a word the lexicon can read as a verb is one where it stands: after an article or a preposition it is a noun
/// ("l'accordo", "the attack"), after an infinitive marker an infinitive ("di usare", "to join"), after a name or a common
/// noun English compounds ("a U.S. request", "peace talks") a noun. Split from <see cref="VerbGroupFinder"/>.
/// </summary>
internal sealed class VerbReading
{
    private readonly ClauseGrammar grammar;

    // The grammar's word classes, fetched once: they are asked about nearly every token.
    private readonly WordSequenceSet auxLemmas;
    private readonly WordSequenceSet cliticWords;
    private readonly WordSequenceSet complementizerWords;
    private readonly WordSequenceSet correlativeWords;
    private readonly WordSequenceSet floatingQuantifierWords;
    private readonly WordSequenceSet futureMarkerWords;
    private readonly WordSequenceSet hypotheticalWords;
    private readonly WordSequenceSet infinitiveMarkerWords;
    private readonly WordSequenceSet irrealisAdjectiveWords;
    private readonly WordSequenceSet modalLemmas;
    private readonly WordSequenceSet negationWords;
    private readonly WordSequenceSet nounOverFeatures;
    private readonly WordSequenceSet possessiveCliticWords;
    private readonly WordSequenceSet relativeWords;
    private readonly WordSequenceSet reportingLemmas;
    private readonly bool prenominalAdjectives;

    public VerbReading(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        auxLemmas = grammar["auxLemma"];
        cliticWords = grammar["clitic"];
        complementizerWords = grammar["complementizer"];
        correlativeWords = grammar["correlative"];
        floatingQuantifierWords = grammar["floatingQuantifier"];
        futureMarkerWords = grammar["futureMarker"];
        hypotheticalWords = grammar["hypothetical"];
        infinitiveMarkerWords = grammar["infinitiveMarker"];
        irrealisAdjectiveWords = grammar["irrealisAdjective"];
        modalLemmas = grammar["modalLemma"];
        negationWords = grammar["negation"];
        nounOverFeatures = grammar["nounOverFeatures"];
        possessiveCliticWords = grammar["possessiveClitic"];
        relativeWords = grammar["relative"];
        reportingLemmas = grammar["reportingLemma"];
        prenominalAdjectives = grammar["prenominalAdjectives"].Contains("true");
    }

    public bool IsVerb(Token[] tokens, Sentence sentence, int i, MentionTokens mentionEnds)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentionEnds);
        var token = tokens[i];
        // "Sia l'Egitto sia il Qatar hanno esortato…": a correlative conjunction before a noun phrase is no verb.
        var correlative = correlativeWords.Contains(token.Lower) && i + 1 < sentence.TokenEnd && tokens[i + 1].Pos is PartOfSpeech.Det or PartOfSpeech.Propn;
        if (token.VerbLemma is null || token.Kind != TokenKind.Word || (token.Pos == PartOfSpeech.Propn && i > sentence.TokenStart) || mentionEnds.Inside(i) || correlative)
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

    public bool IsAuxiliary(Token token) =>
        token.VerbLemma is { } lemma && (auxLemmas.Contains(lemma) || modalLemmas.Contains(lemma)
            || hypotheticalWords.Contains(token.Lower) || futureMarkerWords.Contains(token.Lower) || token.Pos == PartOfSpeech.Aux);

    /// <summary>"lo ha ringraziato", "gli ha chiesto": a form read as an article first is an object clitic before a finite auxiliary.</summary>
    public bool ObjectClitic(Token token, Token next) =>
        token.Pos == PartOfSpeech.Det && next.Pos == PartOfSpeech.Aux && cliticWords.Contains(token.Lower) && !TokenReadings.VerbFeatures(next).Contains("pp", StringComparison.Ordinal);

    /// <summary>
    /// "ready to resume", "agreed to send": a base form after the infinitive marker, unless a noun governs it
    /// ("Sweden's bid to join" stays inside the noun phrase: its doer is the noun's owner, not the clause's subject).
    /// </summary>
    public bool AfterInfinitiveMarker(Token[] tokens, Sentence sentence, int i, MentionTokens mentionEnds)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentionEnds);
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

    public static bool IsNonFinite(Token token) =>
        token.Features is { } f && (f.Contains("inf", StringComparison.Ordinal) || f.Contains("ger", StringComparison.Ordinal)) && !f.Contains("pres", StringComparison.Ordinal);
}
