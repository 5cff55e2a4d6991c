using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Text;

/// <summary>The raw entries of one language's text files, before they are compiled into lookups.</summary>
internal sealed class LanguageData
{
    public const string NeverEnds = "never-ends";
    public const string MayEnd = "may-end";

    private LanguageData(Dictionary<string, AbbreviationKind> abbreviations, List<string> elisions, List<string> clitics)
    {
        Abbreviations = abbreviations;
        Elisions = elisions;
        Clitics = clitics;
    }

    public Dictionary<string, AbbreviationKind> Abbreviations { get; }

    public List<string> Elisions { get; }

    public List<string> Clitics { get; }

    public static LanguageData Load(DataFileReader reader, string folder)
    {
        var abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var line in reader.ReadIfExists($"{folder}/{TextResources.AbbreviationsFile}", 2, 2))
        {
            var text = line.Fields[0];
            if (!text.Contains('.', StringComparison.Ordinal))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.AbbreviationWithoutStop(text));
            }

            abbreviations[text] = line.Fields[1] switch
            {
                NeverEnds => AbbreviationKind.NeverEnds,
                MayEnd => AbbreviationKind.MayEnd,
                _ => throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownAbbreviationKind(line.Fields[1])),
            };
        }

        var elisions = reader.ReadIfExists($"{folder}/{TextResources.ElisionsFile}", 1, 1).Select(l => l.Fields[0]).ToList();
        var clitics = reader.ReadIfExists($"{folder}/{TextResources.CliticsFile}", 1, 1).Select(l => l.Fields[0]).ToList();
        return new LanguageData(abbreviations, elisions, clitics);
    }

    /// <summary>All languages together; when two disagree on an abbreviation the first (ordinal) language wins.</summary>
    public static LanguageData Merge(IEnumerable<LanguageData> languages)
    {
        var merged = new LanguageData(new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal), [], []);
        foreach (var language in languages)
        {
            foreach (var (text, kind) in language.Abbreviations)
            {
                merged.Abbreviations.TryAdd(text, kind);
            }

            merged.Elisions.AddRange(language.Elisions);
            merged.Clitics.AddRange(language.Clitics);
        }

        return merged;
    }

    public LanguageTextRules Compile(string name) => new(name, Abbreviations, Elisions.Distinct(StringComparer.OrdinalIgnoreCase), Clitics);
}
