using System.Numerics;
using Dragoman.Documents;

namespace Dragoman.Text;

/// <summary>
/// Grows the normalized characters and, in step, the original offset of each one. The offsets are
/// only written once some character moved: until then each character's offset is its own index.
/// </summary>
internal sealed class NormalizedTextBuilder
{
    private char[] chars;
    private int[]? offsets;
    private int length;

    public NormalizedTextBuilder(int capacity)
    {
        chars = new char[Math.Max(capacity, 16)];
    }

    public void Append(char c, int origin)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length] = c;
        if (offsets is not null || origin != length)
        {
            Offsets()[length] = origin;
        }

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
        if (offsets is not null || origin != length)
        {
            FillIdentity(Offsets().AsSpan(length, source.Length), origin);
        }

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
        var text = new string(chars, 0, length);
        if (offsets is null && length == originalLength)
        {
            return NormalizedText.Identity(text);
        }

        var map = Offsets().Length == length + 1 ? Offsets() : Offsets().AsSpan(0, length + 1).ToArray();
        map[length] = originalLength;
        return new NormalizedText(text, map);
    }

    /// <summary>The offset map, made on first need with every character so far at its own index.</summary>
    private int[] Offsets()
    {
        if (offsets is null)
        {
            offsets = new int[chars.Length + 1];
            FillIdentity(offsets.AsSpan(0, length), 0);
        }

        return offsets;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(chars.Length * 2, length + needed);
        Array.Resize(ref chars, size);
        if (offsets is not null)
        {
            Array.Resize(ref offsets, size + 1);
        }
    }
}
