using System.Collections.Frozen;
using Dragoman.Data;

namespace Dragoman.Lexicon;

/// <summary>
/// Reads irregular-verbs.tsv in either of its two shapes: <c>lemma key value</c> rows, or, after an
/// <c>@columns</c> line naming one key per column, one row per verb (<c>-</c> or a missing field keeps the regular form).
/// </summary>
internal static class IrregularVerbTable
{
    private const string Keep = "-";

    public static FrozenDictionary<string, IrregularVerb> Load(DataFileReader reader, string path)
    {
        var verbs = new Dictionary<string, IrregularVerb>(StringComparer.Ordinal);
        string[]? columns = null;
        foreach (var line in reader.ReadIfExists(path, 2))
        {
            var f = line.Fields;
            if (f[0] == "@columns")
            {
                columns = [.. f.Skip(1)];
                continue;
            }

            if (!verbs.TryGetValue(f[0], out var verb))
            {
                verbs[f[0]] = verb = new IrregularVerb(f[0]) { Location = line.Location };
            }

            if (columns is not null)
            {
                for (var i = 1; i < f.Count && i <= columns.Length; i++)
                {
                    Apply(verb, columns[i - 1], f[i], line.Location);
                }
            }
            else if (f.Count == 3)
            {
                Apply(verb, f[1], f[2], line.Location);
            }
            else
            {
                throw new Errors.DataFormatException(line.File, line.Number, Errors.ErrorCatalogue.ExpectedKeyValue);
            }
        }

        return verbs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Apply(IrregularVerb verb, string key, string value, string location)
    {
        if (value.Length == 0 || value == Keep)
        {
            return;
        }

        switch (key)
        {
            case "like":
                verb.Like = value;
                break;
            case "class":
                verb.ClassName = value;
                break;
            case "stem":
                var at = value.IndexOf('@', StringComparison.Ordinal);
                verb.Stem = at < 0 ? value : value[..at];
                verb.ClassName = at < 0 ? verb.ClassName : value[(at + 1)..];
                break;
            default:
                verb.Overrides.Add(new VerbOverride(key, value, location));
                break;
        }
    }
}
