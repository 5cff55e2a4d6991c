using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Quotes;

/// <summary>The quotation marks (data/quotes/marks.tsv): each opener with its closer.</summary>
public sealed class QuoteMarks
{
    private QuoteMarks(FrozenDictionary<char, char> closerOf) => CloserOf = closerOf;

    /// <summary>Opening mark → closing mark; a mark mapped to itself is read from its context.</summary>
    public FrozenDictionary<char, char> CloserOf { get; }

    public static QuoteMarks Load(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var pairs = new Dictionary<char, char>();
        foreach (var line in new DataFileReader(directory).Read("quotes/marks.tsv", 3, 3))
        {
            if (line.Fields[0] != "mark")
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownDataKey(line.Fields[0]));
            }

            if (line.Fields[1].Length != 1 || line.Fields[2].Length != 1)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadQuoteMark(line.Fields[1].Length != 1 ? line.Fields[1] : line.Fields[2]));
            }

            pairs[line.Fields[1][0]] = line.Fields[2][0];
        }

        return new QuoteMarks(pairs.ToFrozenDictionary());
    }
}
