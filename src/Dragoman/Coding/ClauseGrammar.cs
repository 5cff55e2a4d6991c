using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Coding;

/// <summary>The closed-class words of one language the clause analyser reads (data/patterns/&lt;iso&gt;/grammar.tsv).</summary>
public sealed class ClauseGrammar
{
    private static readonly FrozenSet<string> Keys = new[]
    {
        "negation", "negDeterminer", "corNegation", "auxLemma", "passiveLemma", "hypothetical", "modalLemma",
        "futureMarker", "intentLemma", "irrealisLemma", "conditional", "agent", "boundary", "relative",
        "coordinator", "reportingLemma", "attribution", "locative", "pronoun", "pluralPronoun", "institutionPronoun", "complementizer", "quantityNoun", "unknownSourceRoots", "domesticRoots", "clitic", "reflexive", "prenominalAdjectives", "futureInPast", "negatingLemma", "negatingPreposition", "threatConditional", "unaccusativeLemma",
        "irrealisAdjective", "placeTargetRoots", "eventNoun", "encounterNoun", "opponentPreposition", "reducedRelativeMarker",
        "genitivePreposition", "dativePreposition", "capitalLocative", "possessiveClitic", "infinitiveMarker", "betweenPreposition", "coAgent", "conditionTargetRoots", "mutualRoots", "nominalPartner", "nominalBetween", "obliqueRelative", "possessiveDeterminer", "claimLemma", "responsibilityLemma", "responsibilityNoun", "cleftPreposition", "cleftCopula", "parentheticalConnective", "litotesLemma", "correlative", "loyaltyMarker",
        "irrealisPreposition",
        "gerundSubjectPreposition", "objectControlLemma", "attackPreposition", "exchangeMarker", "exchangeRoots", "reciprocalMarker",
        "discourseTargetRoots", "doerTargetRoots", "heldAbroadRoots",
        "tentativeModal", "pastPerfectMarker",
        "unrealNominalCue", "reactionRoots",
        "rejectingLemma", "claimNoun", "desireLemma", "nominalMutualRoots",
        "textNoun", "authorLemma", "speakerPronoun", "speakerPossessive", "inclusionLemma",
        "answerRoots", "purposeMarker", "ownerPreposition", "absolutePreposition", "temporalPreposition",
        "meansPreposition", "meansNoun", "organRoots", "violentEventNoun", "violentEventRoots", "freeRelative", "namingLemma", "phrasalLemma", "predicativeMarker", "predicativeRoots", "floatingQuantifier", "nounOverFeatures",
        "responseMarker", "purposeConjunction", "counterpartRoots", "documentCounterpartRoots", "objectClitic", "reportativeAux", "claimingLemma", "responseLemma", "sanctionOwnerRoots",
        "actPreposition", "actBackgroundCue", "actReactionRoots", "decisionNoun", "drawLemma", "reactorPreposition", "responseRoots",
        "speechActLemma", "announcedThreatRoots", "authorityRoots", "siteTargetRoots", "sitePreposition", "answeringCodes", "answeredRoots", "releaseCodes", "capturedRoots",
        "unnamedPerpetrator", "massKillingRoots", "homeStrikeRoots", "releaseDemandRoots", "releaseNoun", "detentionRoots", "tollRoots", "strikeCodes",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Prefixes = ["prep:", "nominal:", "obligation:", "accusation:", "mandative:", "attack:", "act:", "reaction:", "mass:"];

    // Frozen: the analyser looks keys up for nearly every token, and a frozen string dictionary hashes a short key fastest.
    private readonly FrozenDictionary<string, WordSequenceSet> sets;

    // The analyser names keys with string literals, which the runtime interns: looking them up by reference
    // spares hashing the key's characters on every call; any other string falls back to the ordinal table.
    private readonly ReferenceKeyTable<WordSequenceSet> byReference;

    private ClauseGrammar(string language, Dictionary<string, WordSequenceSet> sets, Dictionary<string, WordSequenceSet> prefixed)
    {
        Language = language;
        this.sets = sets.ToFrozenDictionary(StringComparer.Ordinal);
        byReference = new ReferenceKeyTable<WordSequenceSet>(this.sets.Select(p => (string.Intern(p.Key), p.Value)).ToArray());
        Prepositions = prefixed["prep:"];
        Nominals = prefixed["nominal:"];
        Obligations = prefixed["obligation:"];
        Accusations = prefixed["accusation:"];
        Mandatives = prefixed["mandative:"];
        Attacks = prefixed["attack:"];
        Acts = prefixed["act:"];
        Reactions = prefixed["reaction:"];
        MassVictims = prefixed["mass:"];
    }

    public string Language { get; }

    /// <summary>Surface forms of prepositions mapped to their base ("alla" → "a", "nei confronti di" → "contro").</summary>
    public WordSequenceSet Prepositions { get; }

    /// <summary>Nouns that name an encounter, mapped to their CAMEO code (<c>nominal:040  talks | meeting</c>).</summary>
    public WordSequenceSet Nominals { get; }

    /// <summary>Modal forms of obligation mapped to the CAMEO code of reporting them about someone (<c>obligation:100  deve | devono</c>).</summary>
    public WordSequenceSet Obligations { get; }

    /// <summary>Words of wrongdoing that make a reported act an accusation, mapped to its CAMEO code (<c>accusation:112  illegally | in breach of</c>).</summary>
    public WordSequenceSet Accusations { get; }

    /// <summary>Lemmas of verbs of demanding whose that-clause in the base form is a demand (<c>mandative:100  insist | demand</c>), mapped to its CAMEO code.</summary>
    public WordSequenceSet Mandatives { get; }

    /// <summary>Nouns that name a violent act, mapped to their CAMEO code (<c>attack:190  attacco | raid</c>).</summary>
    public WordSequenceSet Attacks { get; }

    /// <summary>Nouns that name an act done by the mention before them, mapped to their CAMEO code (<c>act:163  ban | embargo</c>).</summary>
    public WordSequenceSet Acts { get; }

    /// <summary>Nouns of reaction drawn by an act, mapped to the CAMEO code of the reaction (<c>reaction:111  condemnation | criticism</c>).</summary>
    public WordSequenceSet Reactions { get; }

    /// <summary>Nouns of victims whose killing in great numbers is mass killing, mapped to "code/minimum" (<c>mass:202/50  civili | persone</c>).</summary>
    public WordSequenceSet MassVictims { get; }

    public WordSequenceSet this[string key] => byReference.Find(key) ?? sets[key];

    public static ClauseGrammar Load(DataDirectory directory, string language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var sets = Keys.ToDictionary(k => k, _ => new WordSequenceSet(), StringComparer.Ordinal);

        // Keys with a prefix map each word to the text after it: "prep:a" → the base preposition, "nominal:040" → a CAMEO code.
        var prefixed = Prefixes.ToDictionary(p => p, _ => new WordSequenceSet(), StringComparer.Ordinal);
        foreach (var line in new DataFileReader(directory).Read($"patterns/{language}/grammar.tsv", 2, 2))
        {
            var key = line.Fields[0];
            var prefix = Array.Find(Prefixes, p => key.StartsWith(p, StringComparison.Ordinal));
            var (target, value) = prefix is not null ? (prefixed[prefix], key[prefix.Length..])
                : sets.TryGetValue(key, out var set) ? (set, key)
                : throw new DataFormatException(line.File, line.Number, $"unknown key '{key}'");
            if (prefix == "mass:" && MassKilling.Parse(value) is null)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.MassKillingKey(key));
            }

            foreach (var item in DataLine.SplitList(line.Fields[1]))
            {
                target.Add(item.ToLowerInvariant(), value);
            }
        }

        return new ClauseGrammar(language, sets, prefixed);
    }
}
