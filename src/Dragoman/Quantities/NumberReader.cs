using System.Buffers;
using System.Globalization;

namespace Dragoman.Quantities;

/// <summary>
/// Reads a written number in either convention: "11.000" and "11,000" are eleven thousand,
/// "1,5" and "1.5" one and a half. A separator followed by exactly three digits groups thousands;
/// when both separators occur, the last one is the decimal point.
/// </summary>
public static class NumberReader
{
    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.,");

    public static double? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]) || text.AsSpan().ContainsAnyExcept(NumberCharacters))
        {
            return null;
        }

        var lastDot = text.LastIndexOf('.');
        var lastComma = text.LastIndexOf(',');
        int decimalAt;
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalAt = Math.Max(lastDot, lastComma);
        }
        else if (lastDot < 0 && lastComma < 0)
        {
            decimalAt = -1;
        }
        else
        {
            var separator = lastDot >= 0 ? '.' : ',';
            var at = Math.Max(lastDot, lastComma);
            var single = text.IndexOf(separator) == at;
            decimalAt = single && text.Length - at - 1 != 3 ? at : -1;
        }

        // Short numbers are rebuilt on the stack; the digits never outnumber the characters.
        var digits = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits[length++] = text[i];
            }
            else if (i == decimalAt)
            {
                digits[length++] = '.';
            }
        }

        return double.TryParse(digits[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
