using System.Globalization;
using System.Text;

namespace Dragoman.Actors;

/// <summary>Case- and accent-insensitive keys for gazetteer lookups ("Erdoğan" and "erdogan" share a key).</summary>
public static class TextFolding
{
    // Folded form of every Latin-1 character, derived once from Unicode decomposition, so the
    // accented words of Italian news ("è", "città") fold without a normalization call each.
    private static readonly char[] Latin1 = BuildLatin1();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changed = false;
        foreach (var c in text)
        {
            if (c > 0xff)
            {
                return FoldSlow(text);
            }

            changed |= Latin1[c] != c;
        }

        if (!changed)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Latin1[source[i]];
            }
        });
    }

    private static char[] BuildLatin1()
    {
        var table = new char[0x100];
        for (var c = 0; c < table.Length; c++)
        {
            var folded = FoldSlow(((char)c).ToString());
            table[c] = folded.Length == 1 ? folded[0] : (char)c;
        }

        return table;
    }

    private static string FoldSlow(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
