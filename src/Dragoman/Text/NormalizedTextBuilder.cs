using System.Numerics;
using Dragoman.Documents;

namespace Dragoman.Text;

/// <summary>Grows the normalized characters and, in step, the original offset of each one.</summary>
internal sealed class NormalizedTextBuilder
{
    private char[] chars;
    private int[] offsets;
    private int length;

    public NormalizedTextBuilder(int capacity)
    {
        chars = new char[Math.Max(capacity, 16)];
        offsets = new int[chars.Length + 1];
    }

    public void Append(char c, int origin)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length] = c;
        offsets[length] = origin;
        length++;
    }

    /// <summary>Copies characters that stay as they are, each mapped to its own original offset.</summary>
    public void AppendUnchanged(ReadOnlySpan<char> source, int origin)
    {
        if (length + source.Length > chars.Length)
        {
            Grow(source.Length);
        }

        source.CopyTo(chars.AsSpan(length));
        FillIdentity(offsets.AsSpan(length, source.Length), origin);
        length += source.Length;
    }

    /// <summary>Writes origin, origin + 1, ... into <paramref name="map"/>, a vector at a time.</summary>
    public static void FillIdentity(Span<int> map, int origin)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && map.Length >= Vector<int>.Count)
        {
            var step = new Vector<int>(Vector<int>.Count);
            var values = Vector<int>.Indices + new Vector<int>(origin);
            for (; i <= map.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                values.CopyTo(map[i..]);
                values += step;
            }
        }

        for (; i < map.Length; i++)
        {
            map[i] = origin + i;
        }
    }

    public NormalizedText Build(int originalLength)
    {
        var map = offsets.Length == length + 1 ? offsets : offsets.AsSpan(0, length + 1).ToArray();
        map[length] = originalLength;
        return new NormalizedText(new string(chars, 0, length), map);
    }

    private void Grow(int needed)
    {
        var size = Math.Max(chars.Length * 2, length + needed);
        Array.Resize(ref chars, size);
        Array.Resize(ref offsets, size + 1);
    }
}
