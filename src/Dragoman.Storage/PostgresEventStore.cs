using Npgsql;

namespace Dragoman.Storage;

/// <summary>The team store on a PostgreSQL server: the same schema, full-text search with a GIN-indexed tsvector.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private PostgresEventStore(NpgsqlConnection connection) : base(connection, "postgres", LockMigrations)
    {
    }

    /// <param name="connectionString">An Npgsql connection string or a <c>postgres://user:pass@host:port/db</c> URL.</param>
    public static PostgresEventStore Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(connectionString));
        try
        {
            connection.Open();
            return new PostgresEventStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    protected override string TextCondition(string parameter) => $"d.search @@ plainto_tsquery('simple', {parameter})";

    protected override string TextQuery(string words) => words;

    /// <summary>Two processes opening a fresh database at once must not both run the same migration.</summary>
    private static void LockMigrations(System.Data.Common.DbTransaction transaction)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(7007)";
        command.ExecuteNonQuery();
    }
}
