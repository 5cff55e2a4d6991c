using System.Globalization;
using System.Text;

namespace Dragoman.Actors;

/// <summary>Case- and accent-insensitive keys for gazetteer lookups ("Erdoğan" and "erdogan" share a key).</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 0x7f || char.IsUpper(c))
            {
                ascii = false;
                break;
            }
        }

        return ascii ? text : FoldSlow(text);
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
