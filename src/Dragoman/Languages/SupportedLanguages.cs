using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Languages;

/// <summary>The languages the whole pipeline has data for (data/languages/supported.txt), as opposed to those it can merely detect.</summary>
public sealed class SupportedLanguages
{
    internal const string File = "languages/supported.txt";

    private readonly FrozenSet<string> codes;

    public SupportedLanguages(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        this.codes = codes.ToFrozenSet(StringComparer.Ordinal);
        Codes = this.codes.Order(StringComparer.Ordinal).ToImmutableArray();
    }

    public ImmutableArray<string> Codes { get; }

    public bool Contains(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return codes.Contains(language);
    }

    public static SupportedLanguages Load(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var codes = new List<string>();
        foreach (var line in new DataFileReader(data).Read(File, 1, 1))
        {
            if (!LanguageProfilesLoader.IsLanguageCode(line.Fields[0]))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadLanguageList(line.Fields[0]));
            }

            codes.Add(line.Fields[0]);
        }

        return new SupportedLanguages(codes);
    }
}
