using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Coding;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Quantities;

/// <summary>The quantity words of one language (data/quantities/&lt;iso&gt;.tsv), as token sequences.</summary>
public sealed class QuantityLexicon
{
    private readonly FrozenSet<string> openers;

    private QuantityLexicon(Dictionary<string, WordSequenceSet> sets, FrozenSet<string> openers)
    {
        Sets = sets;
        this.openers = openers;
    }

    /// <summary>Keyed by kind: multiplier, bound, vague, link, currency, unit; each item's value is the data file's second column.</summary>
    public IReadOnlyDictionary<string, WordSequenceSet> Sets { get; }

    public WordSequenceSet this[string key] => Sets[key];

    /// <summary>True when a bound, currency or vague-number item starts with the lower-case word <paramref name="lower"/>: a word that can open a quantity.</summary>
    public bool OpensQuantity(string lower) => openers.Contains(lower);

    public static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static QuantityLexicon Load(DataDirectory directory, string language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string[] keys = ["multiplier", "bound", "vague", "link", "currency", "unit"];
        var sets = keys.ToDictionary(k => k, _ => new WordSequenceSet(), StringComparer.Ordinal);
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in new DataFileReader(directory).Read($"quantities/{language}.tsv", 3, 3))
        {
            if (!sets.TryGetValue(line.Fields[0], out var set))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownDataKey(line.Fields[0]));
            }

            if (line.Fields[0] is "multiplier" or "vague" && !double.TryParse(line.Fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadDataNumber(line.Fields[1]));
            }

            foreach (var item in DataLine.SplitList(line.Fields[2]))
            {
                var lower = item.ToLowerInvariant();
                set.Add(lower, line.Fields[1]);
                if (line.Fields[0] is "bound" or "currency" or "vague" && lower.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..])
                {
                    openers.Add(first);
                }
            }
        }

        return new QuantityLexicon(sets, openers.ToFrozenSet(StringComparer.Ordinal));
    }
}
