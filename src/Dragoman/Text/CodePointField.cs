using System.Globalization;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Text;

/// <summary>Parses the character fields of the text data files: <c>U+XXXX</c>, a range, or one literal character.</summary>
internal static class CodePointField
{
    public static (char First, char Last) ParseRange(DataLine line, string field)
    {
        var dots = field.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            var single = ParseCode(line, field);
            return (single, single);
        }

        var first = ParseCode(line, field[..dots]);
        var last = ParseCode(line, field[(dots + 2)..]);
        if (last < first)
        {
            throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadCodePoint(field));
        }

        return (first, last);
    }

    /// <summary>A single character written literally or as <c>U+XXXX</c>.</summary>
    public static char ParseCharacter(DataLine line, string field)
    {
        if (field.Length == 1 && !char.IsSurrogate(field[0]))
        {
            return field[0];
        }

        return ParseCode(line, field);
    }

    private static char ParseCode(DataLine line, string field)
    {
        if (field.Length is >= 6 and <= 8
            && field.StartsWith("U+", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(field.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && code <= char.MaxValue
            && !char.IsSurrogate((char)code))
        {
            return (char)code;
        }

        throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadCodePoint(field));
    }
}
