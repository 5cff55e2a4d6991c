using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dragoman.Text;

/// <summary>
/// Splits text into the units NFC works on: a base character with the combining marks (and Hangul
/// vowel/final jamo) that follow it. Whitespace and unpaired surrogates stand alone, so a stray mark
/// after a space never drags the space into a token.
/// </summary>
internal static class UnicodeRuns
{
    /// <summary>Offset just after the run that starts at <paramref name="start"/>.</summary>
    public static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        var end = start + Width(text, start);
        if (char.IsWhiteSpace(c) || (char.IsSurrogate(c) && end == start + 1))
        {
            return end;
        }

        while (end < text.Length && Continues(text, end))
        {
            end += Width(text, end);
        }

        return end;
    }

    public static int Width(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>True when the text holds an unpaired surrogate, which NFC cannot process.</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }

            i += 2;
            var next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return false;
    }

    private static bool Continues(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c < '\u0300')
        {
            return false;
        }

        // Hangul medial vowels and final consonants join the preceding syllable under NFC.
        if (c is >= '\u1160' and <= '\u11FF' or >= '\uD7B0' and <= '\uD7FF')
        {
            return true;
        }

        if (char.IsSurrogate(c))
        {
            return Rune.DecodeFromUtf16(text[index..], out var rune, out _) == OperationStatus.Done
                && IsMark(Rune.GetUnicodeCategory(rune));
        }

        return IsMark(CharUnicodeInfo.GetUnicodeCategory(c));
    }
}
