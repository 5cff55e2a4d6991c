using Dragoman.Documents;

namespace Dragoman.Text;

/// <summary>Goes from an original offset back to the normalized text (the offset map is non-decreasing).</summary>
internal static class NormalizedOffsets
{
    /// <summary>The first normalized index whose original offset is at or after <paramref name="original"/>.</summary>
    public static int FromOriginal(NormalizedText text, int original)
    {
        if (text.IsIdentity)
        {
            return Math.Clamp(original, 0, text.Text.Length);
        }

        var low = 0;
        var high = text.Text.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (text.ToOriginal(middle) < original)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
