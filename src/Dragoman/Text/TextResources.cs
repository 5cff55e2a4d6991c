using System.Buffers;
using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Text;

/// <summary>
/// Loads the data of the text stages once (character map, symbol characters, and per-language
/// abbreviations, elisions and clitics under data/languages/&lt;iso&gt;/) and hands out the compiled
/// rules; immutable and safe to share between threads and stages.
/// </summary>
public sealed class TextResources
{
    public const string NormalizationFile = "text/normalization.tsv";
    public const string SymbolsFile = "text/symbols.txt";
    public const string LanguagesFolder = "languages";
    public const string AbbreviationsFile = "abbreviations.txt";
    public const string ElisionsFile = "elisions.txt";
    public const string CliticsFile = "clitics.txt";

    /// <summary>Name of the rules used when the document's language is unknown or has no data.</summary>
    public const string AllLanguages = "*";

    private readonly FrozenDictionary<string, LanguageTextRules> byLanguage;

    public TextResources(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var reader = new DataFileReader(data);
        Characters = CharacterMap.Load(reader, NormalizationFile);
        ExtraSymbols = SearchValues.Create(reader.ReadIfExists(SymbolsFile, 1, 1)
            .Select(line => CodePointField.ParseCharacter(line, line.Fields[0]))
            .ToArray());

        var languages = FindLanguages(data);
        var loaded = new Dictionary<string, LanguageData>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in languages)
        {
            loaded[language] = LanguageData.Load(reader, $"{LanguagesFolder}/{language}");
        }

        var rules = loaded.ToDictionary(pair => pair.Key, pair => pair.Value.Compile(pair.Key), StringComparer.OrdinalIgnoreCase);
        Union = LanguageData.Merge(languages.Select(l => loaded[l])).Compile(AllLanguages);
        byLanguage = rules.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Languages = languages;
    }

    public CharacterMap Characters { get; }

    /// <summary>Languages that have a folder under data/languages/, in ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Rules of every language together, for documents whose language is not known.</summary>
    public LanguageTextRules Union { get; }

    /// <summary>Punctuation characters (by Unicode) that the tokenizer emits as symbols, such as %.</summary>
    internal SearchValues<char> ExtraSymbols { get; }

    /// <summary>The rules of <paramref name="language"/>, or the union when it is null or has no data.</summary>
    public LanguageTextRules For(string? language) =>
        language is not null && byLanguage.TryGetValue(language, out var rules) ? rules : Union;

    private static string[] FindLanguages(DataDirectory data)
    {
        var folder = data.PathOf(LanguagesFolder);
        if (!Directory.Exists(folder))
        {
            throw new DataFormatException(ErrorCatalogue.MissingDataFile(Path.Combine("data", LanguagesFolder)));
        }

        var names = Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }
}
