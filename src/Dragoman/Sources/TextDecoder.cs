using System.Text;
using Dragoman.Errors;

namespace Dragoman.Sources;

/// <summary>Turns bytes into text, refusing binary and non-UTF-8 input with a message naming the input.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string input, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length == 0)
        {
            throw new InputException(ErrorCatalogue.EmptyInput(input));
        }

        if (bytes[..Math.Min(bytes.Length, 8000)].Contains((byte)0))
        {
            throw new InputException(ErrorCatalogue.BinaryInput(input));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(ErrorCatalogue.BadEncoding(input), e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(ErrorCatalogue.EmptyInput(input));
        }

        return text;
    }
}
