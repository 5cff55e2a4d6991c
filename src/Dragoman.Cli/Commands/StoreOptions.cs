using System.CommandLine;
using System.Data.Common;
using Dragoman.Errors;
using Dragoman.Storage;

namespace Dragoman.Cli.Commands;

/// <summary>The <c>--db</c> option every store command takes, and opening the store it names.</summary>
internal static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"Store: a SQLite file or postgres://user:pass@host:port/db (default: {EventStoreFactory.EnvironmentVariable}, else {EventStoreFactory.DefaultPath})",
    };

    /// <summary>Opens the store, or writes why it cannot be opened and returns null.</summary>
    public static IEventStore? Open(CliConsole console, string? db)
    {
        var target = EventStoreFactory.Resolve(db);
        try
        {
            return EventStoreFactory.Open(target);
        }
        catch (DbException e)
        {
            console.Error.WriteLine($"dragoman: {ErrorCatalogue.DatabaseUnavailable(Redact(target), e.Message)}");
        }
        catch (DragomanException e)
        {
            console.Error.WriteLine($"dragoman: {e.Message}");
        }

        return null;
    }

    /// <summary>A password never reaches the terminal or a log.</summary>
    private static string Redact(string target) =>
        PostgresUrl.IsUrl(target) && Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? target.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : EventStoreFactory.IsPostgres(target) ? "the PostgreSQL store" : target;
}
