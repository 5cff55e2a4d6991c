using System.Security.Cryptography;
using System.Text;

namespace Dragoman.Storage;

/// <summary>The key that makes re-ingesting the same article a no-op: SHA-256 of its UTF-8 text.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
