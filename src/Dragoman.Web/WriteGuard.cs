using System.Security.Cryptography;
using System.Text;
using Dragoman.Errors;
using Microsoft.AspNetCore.Http;

namespace Dragoman.Web;

/// <summary>
/// Decides who may write to the store: with a token configured, only requests bearing it; without
/// one, anyone when the server listens on loopback only, and nobody when it is reachable from outside.
/// </summary>
public sealed class WriteGuard
{
    private readonly byte[]? token;
    private readonly bool loopbackOnly;

    public WriteGuard(string? token, bool loopbackOnly)
    {
        this.token = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);
        this.loopbackOnly = loopbackOnly;
    }

    /// <summary>Null when the request may write; else the status and message to answer with.</summary>
    public (int Status, string Message)? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (token is null)
        {
            return loopbackOnly ? null : (StatusCodes.Status403Forbidden, ErrorCatalogue.IngestDisabled);
        }

        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status401Unauthorized, ErrorCatalogue.TokenRequired);
        }

        var offered = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(offered, token) ? null : (StatusCodes.Status403Forbidden, ErrorCatalogue.WrongToken);
    }
}
