namespace Dragoman.Text;

/// <summary>
/// Gives a token its surface and lower-case strings with as few allocations as possible: one shared
/// string per ASCII character, a single string for both when the surface is already lower case,
/// and a direct-mapped cache of recent words, so the function words and names that make up most of
/// a news text are copied and lower-cased once rather than once per occurrence (that copying was
/// most of the tokenizer's time). Not thread-safe: the tokenizer lends one to each call through a
/// <see cref="Pipeline.SpareInstance{T}"/>.
/// </summary>
internal sealed class TokenStrings
{
    private const int SlotBits = 13;
    private const int LongestCached = 24;

    private readonly string[] ascii;
    private readonly Entry[] entries = new Entry[1 << SlotBits];

    public TokenStrings()
    {
        ascii = new string[128];
        for (var c = 0; c < ascii.Length; c++)
        {
            ascii[c] = ((char)c).ToString();
        }
    }

    public (string Text, string Lower) Of(ReadOnlySpan<char> surface)
    {
        if (surface.Length == 1 && surface[0] < '\u0080')
        {
            var c = surface[0];
            return (ascii[c], ascii[char.IsAsciiLetterUpper(c) ? c | 0x20 : c]);
        }

        if (surface.Length > LongestCached)
        {
            return Create(surface);
        }

        ref var entry = ref entries[Slot(surface)];
        if (entry.Text is not null && surface.SequenceEqual(entry.Text))
        {
            return (entry.Text, entry.Lower!);
        }

        var created = Create(surface);
        entry = new Entry(created.Text, created.Lower);
        return created;
    }

    private static (string Text, string Lower) Create(ReadOnlySpan<char> surface)
    {
        var text = surface.ToString();
        return (text, Chars.NeedsLowering(surface) ? text.ToLowerInvariant() : text);
    }

    private static int Slot(ReadOnlySpan<char> surface)
    {
        var hash = (uint)surface.Length;
        foreach (var c in surface)
        {
            hash = (hash * 31) + c;
        }

        return (int)((hash * 0x9E3779B1u) >> (32 - SlotBits));
    }

    private record struct Entry(string? Text, string? Lower);
}
