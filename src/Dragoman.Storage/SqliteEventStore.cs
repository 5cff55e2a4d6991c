using Microsoft.Data.Sqlite;

namespace Dragoman.Storage;

/// <summary>The default store: one SQLite file in WAL mode, with FTS5 over article titles and text.</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection) : base(connection, "sqlite", null)
    {
    }

    public static SqliteEventStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                // WAL keeps readers off the writer's back; NORMAL sync is durable against a killed
                // process (only power loss can drop the last commits); foreign keys are off by default.
                pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
                pragmas.ExecuteNonQuery();
            }

            return new SqliteEventStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    protected override string TextCondition(string parameter) =>
        $"d.key IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {parameter})";

    /// <summary>Each word becomes an FTS5 string, so user input is never read as query syntax.</summary>
    protected override string TextQuery(string words) =>
        string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
