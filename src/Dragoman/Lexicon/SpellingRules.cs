using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Lexicon;

/// <summary>
/// Orthographic adjustments at the stem–suffix boundary, all from data: ordered rules per class
/// (first match wins), consonant doubling for listed verbs, and an optional doubling rule for
/// one-syllable consonant–vowel–consonant stems (English stop → stopped).
/// </summary>
internal sealed class SpellingRules
{
    private readonly FrozenDictionary<char, string> letters;
    private readonly FrozenDictionary<string, SpellingRule[]> rules;
    private readonly FrozenDictionary<string, string> doubledStems;
    private readonly FrozenDictionary<string, string> cvcDoubling;

    private SpellingRules(
        FrozenDictionary<char, string> letters,
        FrozenDictionary<string, SpellingRule[]> rules,
        FrozenDictionary<string, string> doubledStems,
        FrozenDictionary<string, string> cvcDoubling)
    {
        this.letters = letters;
        this.rules = rules;
        this.doubledStems = doubledStems;
        this.cvcDoubling = cvcDoubling;
    }

    public string Join(string lemma, string stem, string suffix, string className)
    {
        if (suffix.Length == 0)
        {
            return stem;
        }

        if (IsVowel(suffix[0]) && stem == lemma)
        {
            if (doubledStems.TryGetValue(lemma, out var doubled))
            {
                return doubled + suffix;
            }

            if (cvcDoubling.TryGetValue(className, out var neverDoubled) && IsShortClosedSyllable(stem, neverDoubled))
            {
                return stem + stem[^1] + suffix;
            }
        }

        if (rules.TryGetValue(className, out var classRules))
        {
            foreach (var rule in classRules)
            {
                if (rule.Matches(stem, suffix, letters) && !rule.Except.Contains(lemma))
                {
                    return string.Concat(stem.AsSpan(0, stem.Length - rule.Strip), rule.Add, suffix);
                }
            }
        }

        return stem + suffix;
    }

    private bool IsVowel(char c) => letters.TryGetValue('V', out var vowels) && vowels.Contains(c, StringComparison.Ordinal);

    private bool IsConsonant(char c) => letters.TryGetValue('C', out var consonants) && consonants.Contains(c, StringComparison.Ordinal);

    private bool IsShortClosedSyllable(string stem, string neverDoubled)
    {
        if (stem.Length < 3 || neverDoubled.Contains(stem[^1], StringComparison.Ordinal))
        {
            return false;
        }

        if (!IsConsonant(stem[^1]) || !IsVowel(stem[^2]) || !IsConsonant(stem[^3]))
        {
            return false;
        }

        var vowelGroups = 0;
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i]) && (i == 0 || !IsVowel(stem[i - 1])))
            {
                vowelGroups++;
            }
        }

        return vowelGroups == 1;
    }

    /// <summary>Reads spelling.tsv (letters, rule and double-cvc records) and the optional doubling-verbs.tsv.</summary>
    public static SpellingRules Load(DataFileReader reader, string spellingPath, string doublingPath)
    {
        var letters = new Dictionary<char, string>();
        var rules = new Dictionary<string, List<SpellingRule>>(StringComparer.Ordinal);
        var cvc = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in reader.ReadIfExists(spellingPath, 2, 7))
        {
            var f = line.Fields;
            switch (f[0])
            {
                case "letters" when f.Count == 3:
                    if (f[1].Length != 1 || !char.IsUpper(f[1][0]))
                    {
                        throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownLetterClass(f[1]));
                    }

                    letters[f[1][0]] = f[2];
                    break;
                case "double-cvc":
                    cvc[f[1]] = f.Count > 2 ? f[2] : string.Empty;
                    break;
                case "rule" when f.Count >= 6:
                    if (!rules.TryGetValue(f[1], out var list))
                    {
                        rules[f[1]] = list = [];
                    }

                    list.Add(new SpellingRule(
                        f[1],
                        f[2],
                        [.. DataLine.SplitList(f[3])],
                        int.Parse(f[4], NumberStyles.None, CultureInfo.InvariantCulture),
                        f[5] == "-" ? string.Empty : f[5],
                        (f.Count > 6 ? DataLine.SplitList(f[6]) : []).ToFrozenSet(StringComparer.Ordinal)));
                    break;
                default:
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownRecordKind(f[0]));
            }
        }

        var doubled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in reader.ReadIfExists(doublingPath, 1, 2))
        {
            var lemma = line.Fields[0];
            doubled[lemma] = line.Fields.Count > 1 ? line.Fields[1] : lemma + lemma[^1];
        }

        return new SpellingRules(
            letters.ToFrozenDictionary(),
            rules.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            doubled.ToFrozenDictionary(StringComparer.Ordinal),
            cvc.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
