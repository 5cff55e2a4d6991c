namespace Dragoman.Storage;

/// <summary>
/// Opens the store the user named: <c>--db</c>, else <c>DRAGOMAN_DB</c>, else <c>dragoman.db</c>
/// in the current directory. A <c>postgres://</c> URL (or an Npgsql <c>Host=…</c> string) opens PostgreSQL.
/// </summary>
public static class EventStoreFactory
{
    public const string EnvironmentVariable = "DRAGOMAN_DB";

    public const string DefaultPath = "dragoman.db";

    public static string Resolve(string? db) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultPath;

    public static IEventStore Open(string? db)
    {
        var target = Resolve(db);
        return IsPostgres(target) ? PostgresEventStore.Open(target) : SqliteEventStore.Open(target);
    }

    public static bool IsPostgres(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return PostgresUrl.IsUrl(target) || target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
    }
}
