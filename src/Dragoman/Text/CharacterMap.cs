using System.Buffers;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Text;

/// <summary>
/// The one-character replacements of <c>data/text/normalization.tsv</c> compiled into a 64K lookup
/// table, plus a vectorized set of every character that needs attention so clean text is copied in bulk.
/// </summary>
public sealed class CharacterMap
{
    public const string RemoveKeyword = "remove";

    // U+FFFF is a noncharacter, so it can mark "remove" without colliding with real text.
    private const char RemovedMarker = '\uFFFF';

    private readonly char[] table;

    private CharacterMap(char[] table, SearchValues<char> attention)
    {
        this.table = table;
        Attention = attention;
    }

    /// <summary>Characters the normalizer must look at: every mapped character and the carriage return.</summary>
    internal SearchValues<char> Attention { get; }

    public bool IsRemoved(char c) => table[c] == RemovedMarker;

    /// <summary>The replacement of <paramref name="c"/>; <paramref name="c"/> itself when unmapped.</summary>
    public char Map(char c) => table[c];

    public static CharacterMap Load(DataFileReader reader, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(relativePath);
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        var attention = new List<char> { '\r' };
        foreach (var line in reader.Read(relativePath, 2, 2))
        {
            var (first, last) = CodePointField.ParseRange(line, line.Fields[0]);
            var target = ParseTarget(line, line.Fields[1]);
            for (var c = first; c <= last; c++)
            {
                table[c] = target;
                attention.Add(c);
                if (c == char.MaxValue)
                {
                    break;
                }
            }
        }

        table[RemovedMarker] = RemovedMarker;
        attention.Add(RemovedMarker);
        return new CharacterMap(table, SearchValues.Create(attention.Distinct().ToArray()));
    }

    private static char ParseTarget(DataLine line, string field)
    {
        if (field.Equals(RemoveKeyword, StringComparison.Ordinal))
        {
            return RemovedMarker;
        }

        if (field.Length == 0)
        {
            throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadCharacterTarget(field));
        }

        return CodePointField.ParseCharacter(line, field);
    }
}
