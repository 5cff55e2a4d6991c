using System.Buffers;
using System.Globalization;

namespace Dragoman.Text;

/// <summary>Character tests of the tokenizer, with an ASCII fast path and surrogate-pair awareness.</summary>
internal static class Chars
{
    public static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Letters, combining marks and decimal digits: what words are made of.</summary>
    public static bool IsWordChar(string s, int index)
    {
        var c = s[index];
        if (c < '\u0080')
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(s, index);
        return category <= UnicodeCategory.DecimalDigitNumber;
    }

    public static bool IsLetter(string s, int index)
    {
        var c = s[index];
        if (c < '\u0080')
        {
            return char.IsAsciiLetter(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(s, index) <= UnicodeCategory.OtherLetter;
    }

    public static bool IsMark(string s, int index) =>
        s[index] >= '\u0300' && UnicodeRuns.IsMark(CharUnicodeInfo.GetUnicodeCategory(s, index));

    public static bool IsSymbol(UnicodeCategory category) => category is
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    /// <summary>The culture-invariant lower case, reusing the string when it is already lower case.</summary>
    public static string LowerOf(string text) => NeedsLowering(text) ? text.ToLowerInvariant() : text;

    /// <summary>True when the text holds an upper-case letter or a surrogate, so its invariant lower case may differ.</summary>
    public static bool NeedsLowering(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // char.IsUpper reads the Unicode tables directly; ToLowerInvariant per character would call ICU.
            if (c < '\u0080' ? char.IsAsciiLetterUpper(c) : char.IsUpper(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
