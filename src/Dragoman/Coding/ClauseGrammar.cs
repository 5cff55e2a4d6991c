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
        "genitivePreposition", "dativePreposition", "capitalLocative", "possessiveClitic", "infinitiveMarker", "betweenPreposition", "coAgent", "conditionTargetRoots", "mutualRoots", "nominalPartner", "nominalBetween", "obliqueRelative", "possessiveDeterminer", "claimLemma",
        "irrealisPreposition",
        "gerundSubjectPreposition", "objectControlLemma", "attackPreposition", "exchangeMarker", "exchangeRoots", "reciprocalMarker",
        "unrealNominalCue", "reactionRoots", "answerRoots", "purposeMarker",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Frozen: the analyser looks keys up for nearly every token, and a frozen string dictionary hashes a short key fastest.
    private readonly FrozenDictionary<string, WordSequenceSet> sets;

    private ClauseGrammar(string language, Dictionary<string, WordSequenceSet> sets, WordSequenceSet prepositions, WordSequenceSet nominals, WordSequenceSet obligations, WordSequenceSet attacks)
    {
        Attacks = attacks;
        Language = language;
        this.sets = sets.ToFrozenDictionary(StringComparer.Ordinal);
        Prepositions = prepositions;
        Nominals = nominals;
        Obligations = obligations;
    }

    public string Language { get; }

    /// <summary>Surface forms of prepositions mapped to their base ("alla" → "a", "nei confronti di" → "contro").</summary>
    public WordSequenceSet Prepositions { get; }

    /// <summary>Nouns that name an encounter, mapped to their CAMEO code (<c>nominal:040  talks | meeting</c>).</summary>
    public WordSequenceSet Nominals { get; }

    /// <summary>Modal forms of obligation mapped to the CAMEO code of reporting them about someone (<c>obligation:100  deve | devono</c>).</summary>
    public WordSequenceSet Obligations { get; }

    /// <summary>Nouns that name a violent act, mapped to their CAMEO code (<c>attack:190  attacco | raid</c>).</summary>
    public WordSequenceSet Attacks { get; }

    public WordSequenceSet this[string key] => sets[key];

    public static ClauseGrammar Load(DataDirectory directory, string language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var sets = Keys.ToDictionary(k => k, _ => new WordSequenceSet(), StringComparer.Ordinal);
        var prepositions = new WordSequenceSet();
        var nominals = new WordSequenceSet();
        var obligations = new WordSequenceSet();
        var attacks = new WordSequenceSet();
        foreach (var line in new DataFileReader(directory).Read($"patterns/{language}/grammar.tsv", 2, 2))
        {
            var key = line.Fields[0];
            var target = key.StartsWith("prep:", StringComparison.Ordinal) ? prepositions
                : key.StartsWith("nominal:", StringComparison.Ordinal) ? nominals
                : key.StartsWith("obligation:", StringComparison.Ordinal) ? obligations
                : key.StartsWith("attack:", StringComparison.Ordinal) ? attacks
                : sets.TryGetValue(key, out var set) ? set
                : throw new DataFormatException(line.File, line.Number, $"unknown key '{key}'");
            var value = key.StartsWith("prep:", StringComparison.Ordinal) ? key[5..] : key.StartsWith("nominal:", StringComparison.Ordinal) ? key[8..]
                : key.StartsWith("obligation:", StringComparison.Ordinal) ? key[11..]
                : key.StartsWith("attack:", StringComparison.Ordinal) ? key[7..] : key;
            foreach (var item in DataLine.SplitList(line.Fields[1]))
            {
                target.Add(item.ToLowerInvariant(), value);
            }
        }

        return new ClauseGrammar(language, sets, prepositions, nominals, obligations, attacks);
    }
}
