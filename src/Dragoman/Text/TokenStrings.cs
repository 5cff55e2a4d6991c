namespace Dragoman.Text;

/// <summary>
/// Gives a token its surface and lower-case strings with as few allocations as possible: one
/// shared string per ASCII character, and a single string for both when the surface is already
/// lower case. (A pool of the lexicons' forms was tried: hashing a span costs more than copying it.)
/// </summary>
internal sealed class TokenStrings
{
    private readonly string[] ascii;

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

        if (!Chars.NeedsLowering(surface))
        {
            var same = surface.ToString();
            return (same, same);
        }

        var text = surface.ToString();
        return (text, text.ToLowerInvariant());
    }
}
