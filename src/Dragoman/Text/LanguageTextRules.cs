using System.Collections.Frozen;

namespace Dragoman.Text;

/// <summary>
/// The compiled text data of one language (or of the union of all languages): abbreviations,
/// elided words and clitics. Lookups take spans so the hot loops never allocate.
/// </summary>
public sealed class LanguageTextRules
{
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> elisions;
    private readonly string[] clitics;

    internal LanguageTextRules(
        string name,
        IReadOnlyDictionary<string, AbbreviationKind> abbreviations,
        IEnumerable<string> elisions,
        IEnumerable<string> clitics)
    {
        Name = name;
        this.abbreviations = WithCapitalizedForms(abbreviations)
            .ToFrozenDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        this.elisions = elisions.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // Longest first, so "n't" is tried before a hypothetical "'t".
        this.clitics = clitics.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(c => c.Length).ToArray();
    }

    /// <summary>The language code, or "*" for the union used when the language is unknown.</summary>
    public string Name { get; }

    /// <summary>Looks up an abbreviation written with its full stop(s), e.g. "Sig." or "U.S.".</summary>
    public AbbreviationKind FindAbbreviation(ReadOnlySpan<char> abbreviation) =>
        abbreviations.TryGetValue(abbreviation, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True when <paramref name="word"/> (without its apostrophe) is an elided form such as "dell".</summary>
    public bool IsElision(ReadOnlySpan<char> word) => word.Length > 0 && elisions.Contains(word);

    /// <summary>Where a clitic starts at the end of <paramref name="word"/> ("Russia's" -> 6), or -1.</summary>
    public int CliticStart(ReadOnlySpan<char> word)
    {
        foreach (var clitic in clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length - clitic.Length;
            }
        }

        return -1;
    }

    // "dott." is also written "Dott." at the start of a sentence; capitalized entries ("On.") stay exact
    // because their lower-case form is often an ordinary word.
    private static Dictionary<string, AbbreviationKind> WithCapitalizedForms(IReadOnlyDictionary<string, AbbreviationKind> entries)
    {
        var all = new Dictionary<string, AbbreviationKind>(entries, StringComparer.Ordinal);
        foreach (var (text, kind) in entries)
        {
            if (char.IsLower(text[0]))
            {
                var capitalized = char.ToUpperInvariant(text[0]) + text[1..];
                all.TryAdd(capitalized, kind);
            }
        }

        return all;
    }
}
