using System.Globalization;

namespace Dragoman.Text;

/// <summary>
/// Structural punctuation classes, read from Unicode categories. After normalization every double
/// quote is '"' and every apostrophe or single quote is '\''.
/// </summary>
internal static class Punctuation
{
    public const char FullStop = '.';
    public const char Ellipsis = '\u2026';
    public const char Apostrophe = '\'';
    public const char DoubleQuote = '"';
    public const char Hyphen = '-';

    public static bool IsTerminator(char c) => c is FullStop or '?' or '!' or Ellipsis;

    /// <summary>Characters that may close a sentence after its final stop: quotes and closing brackets.</summary>
    public static bool IsCloser(char c) => c is DoubleQuote or Apostrophe || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.InitialQuotePunctuation;

    /// <summary>Characters that may open a sentence before its first word: quotes and opening brackets.</summary>
    public static bool IsOpener(char c) => c is DoubleQuote or Apostrophe || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation;

    public static bool IsQuote(char c) => c is DoubleQuote or Apostrophe || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation;
}
