using Dragoman.Errors;
using Npgsql;

namespace Dragoman.Storage;

/// <summary>Reads <c>postgres://user:pass@host:port/db?param=value</c> into an Npgsql connection string.</summary>
public static class PostgresUrl
{
    public static bool IsUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A URL is converted; anything else is taken to be a connection string already.</summary>
    public static string ToConnectionString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsUrl(value))
        {
            return value;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.AbsolutePath.Length <= 1)
        {
            throw new DragomanException(ErrorCatalogue.BadDatabaseUrl(value));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(parts[0]).Replace('_', ' ')] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }

        return builder.ConnectionString;
    }
}
