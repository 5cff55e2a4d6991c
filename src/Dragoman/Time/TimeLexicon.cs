using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Errors;

namespace Dragoman.Time;

/// <summary>
/// The time words of one language (data/time/&lt;iso&gt;.tsv): weekdays, months, relative words and
/// the prepositions that make a year an event time or a noun modifier. Phrases are token sequences;
/// a phrase written with a capital letter matches only a capitalized word ("May", not "may").
/// </summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, (string[] Words, TimePhrase Phrase, bool Capital)[]> byFirst;

    // First word → one bit per kind of phrase it starts.
    private readonly FrozenDictionary<string, int> kindsByFirst;

    private TimeLexicon(FrozenDictionary<string, (string[] Words, TimePhrase Phrase, bool Capital)[]> byFirst, IReadOnlyList<string> numericOrders)
    {
        this.byFirst = byFirst;
        NumericOrders = numericOrders;
        kindsByFirst = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.Aggregate(0, (mask, e) => mask | Bit(e.Phrase.Kind)), StringComparer.Ordinal);
    }

    /// <summary>Orders of day, month and year in numeric dates, preferred first ("dmy", "mdy").</summary>
    public IReadOnlyList<string> NumericOrders { get; }

    public static TimeLexicon Load(DataDirectory directory, string language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var lists = new Dictionary<string, List<(string[], TimePhrase, bool)>>(StringComparer.Ordinal);
        var orders = new List<string>();
        foreach (var line in new DataFileReader(directory).Read($"time/{language}.tsv", 3, 3))
        {
            if (line.Fields[0] == "numericOrder")
            {
                orders.AddRange(DataLine.SplitList(line.Fields[1]));
                continue;
            }

            if (!Enum.TryParse<TimePhraseKind>(line.Fields[0], ignoreCase: true, out var kind) || char.IsUpper(line.Fields[0][0]))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownDataKey(line.Fields[0]));
            }

            var value = 0;
            if (line.Fields[1] != "-" && !int.TryParse(line.Fields[1], System.Globalization.CultureInfo.InvariantCulture, out value))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadDataNumber(line.Fields[1]));
            }

            foreach (var item in DataLine.SplitList(line.Fields[2]))
            {
                var words = item.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var entry = (words, new TimePhrase(kind, value, words.Length), char.IsUpper(item[0]));
                if (!lists.TryGetValue(words[0], out var list))
                {
                    lists[words[0]] = list = [];
                }

                list.Add(entry);
            }
        }

        return new TimeLexicon(
            lists.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Item1.Length).ToArray(), StringComparer.Ordinal),
            orders.Count > 0 ? orders : ["dmy"]);
    }

    /// <summary>True when a phrase that can open a time expression (not a prefix before one) starts with the lower-case word <paramref name="lower"/>.</summary>
    public bool OpensExpression(string lower) => kindsByFirst.TryGetValue(lower, out var mask) && (mask & ~PrefixKinds) != 0;

    /// <summary>True when a phrase of one of <paramref name="kinds"/> starts with the lower-case word <paramref name="lower"/>.</summary>
    public bool Starts(string lower, params ReadOnlySpan<TimePhraseKind> kinds)
    {
        if (!kindsByFirst.TryGetValue(lower, out var mask))
        {
            return false;
        }

        foreach (var kind in kinds)
        {
            if ((mask & Bit(kind)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase of one of <paramref name="kinds"/> starting at token <paramref name="i"/> (not past <paramref name="end"/>).</summary>
    public TimePhrase? At(ReadOnlySpan<Token> tokens, int i, int end, params ReadOnlySpan<TimePhraseKind> kinds)
    {
        if (i >= end || !byFirst.TryGetValue(tokens[i].Lower, out var entries))
        {
            return null;
        }

        foreach (var (words, phrase, capital) in entries)
        {
            if (i + words.Length <= end && kinds.Contains(phrase.Kind) && (!capital || tokens[i].IsCapitalized) && Matches(tokens, i, words))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The longest phrase of one of <paramref name="kinds"/> ending just before token <paramref name="end"/>.</summary>
    public TimePhrase? Before(ReadOnlySpan<Token> tokens, int floor, int end, params ReadOnlySpan<TimePhraseKind> kinds)
    {
        for (var length = Math.Min(4, end - floor); length >= 1; length--)
        {
            if (At(tokens, end - length, end, kinds) is { } phrase && phrase.Length == length)
            {
                return phrase;
            }
        }

        return null;
    }

    // Words that never open an expression on their own: prefixes, and the unit and marker of "three days ago".
    private const int PrefixKinds = (1 << (int)TimePhraseKind.YearPrefix) | (1 << (int)TimePhraseKind.MonthPrefix) | (1 << (int)TimePhraseKind.ModifierPrefix) | (1 << (int)TimePhraseKind.ModifierSuffix)
        | (1 << (int)TimePhraseKind.AgoUnit) | (1 << (int)TimePhraseKind.Ago);

    private static int Bit(TimePhraseKind kind) => 1 << (int)kind;

    private static bool Matches(ReadOnlySpan<Token> tokens, int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Lower, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
