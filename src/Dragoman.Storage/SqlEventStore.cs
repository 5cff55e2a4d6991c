using System.Data.Common;
using System.Globalization;

namespace Dragoman.Storage;

/// <summary>
/// The store on one open ADO.NET connection. SQLite and PostgreSQL share this SQL (named
/// <c>@parameters</c> everywhere); they differ in how they connect, migrate and search text.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private readonly DbConnection connection;

    /// <param name="lockSchema">Serialises concurrent migrations (null where the database locks the whole file).</param>
    protected SqlEventStore(DbConnection connection, string dialect, Action<DbTransaction>? lockSchema)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        SchemaVersion = MigrationRunner.Run(connection, dialect, lockSchema ?? (_ => { }));
    }

    public int SchemaVersion { get; }

    public long BeginRun(string inputs)
    {
        using var command = Command("INSERT INTO ingest_runs (started_at, inputs, status) VALUES (@at, @inputs, 'running') RETURNING id");
        SqlParameters.Add(command, "at", Now());
        SqlParameters.Add(command, "inputs", inputs);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void FinishRun(long runId, IngestTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        using var command = Command(
            "UPDATE ingest_runs SET finished_at = @at, status = @status, documents = @documents, events = @events, skipped = @skipped, failed = @failed WHERE id = @id");
        SqlParameters.Add(command, "at", Now());
        SqlParameters.Add(command, "status", totals.Failed > 0 ? "finished with errors" : "finished");
        SqlParameters.Add(command, "documents", totals.Documents);
        SqlParameters.Add(command, "events", totals.Events);
        SqlParameters.Add(command, "skipped", totals.Skipped);
        SqlParameters.Add(command, "failed", totals.Failed);
        SqlParameters.Add(command, "id", runId);
        command.ExecuteNonQuery();
    }

    public bool ContainsHash(string contentHash)
    {
        using var command = Command("SELECT 1 FROM documents WHERE content_hash = @hash LIMIT 1");
        SqlParameters.Add(command, "hash", contentHash);
        return command.ExecuteScalar() is not null;
    }

    public SaveOutcome Save(StoredDocument document, long? runId)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var transaction = connection.BeginTransaction();
        string? storedHash;
        using (var find = Command("SELECT content_hash FROM documents WHERE id = @id", transaction))
        {
            SqlParameters.Add(find, "id", document.Id);
            storedHash = find.ExecuteScalar() as string;
        }

        if (storedHash == document.ContentHash)
        {
            return SaveOutcome.Unchanged;
        }

        if (storedHash is not null)
        {
            DocumentWriter.Delete(connection, transaction, document.Id);
        }

        DocumentWriter.Insert(connection, transaction, document, runId);
        transaction.Commit();
        return storedHash is null ? SaveOutcome.Inserted : SaveOutcome.Replaced;
    }

    public void RecordError(long? runId, string input, string message)
    {
        using var command = Command("INSERT INTO document_errors (run_id, input, message, occurred_at) VALUES (@run, @input, @message, @at)");
        SqlParameters.Add(command, "run", runId);
        SqlParameters.Add(command, "input", input);
        SqlParameters.Add(command, "message", message);
        SqlParameters.Add(command, "at", Now());
        command.ExecuteNonQuery();
    }

    public StoredDocument? FindDocument(string id)
    {
        using var command = Command("SELECT id, content_hash, source, url, title, language, publication_date, text FROM documents WHERE id = @id");
        SqlParameters.Add(command, "id", id);
        StoredDocument document;
        using (var r = command.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            document = new StoredDocument
            {
                Id = r.GetString(0),
                ContentHash = r.GetString(1),
                Source = SqlParameters.ReadString(r, 2),
                Url = SqlParameters.ReadString(r, 3),
                Title = SqlParameters.ReadString(r, 4),
                Language = SqlParameters.ReadString(r, 5),
                PublicationDate = SqlParameters.ReadDate(r, 6),
                Text = r.GetString(7),
            };
        }

        var events = Query(command => EventFilterSql.Where(command, EventFilter.All, TextCondition, "e.document_id = @doc"), c => SqlParameters.Add(c, "doc", id), EventFilter.All);
        return document with { Events = [.. events.Select(e => e.Event)], Mentions = Mentions(id) };
    }

    public IReadOnlyList<DocumentError> Errors(long? runId)
    {
        using var command = Command("SELECT run_id, input, message, occurred_at FROM document_errors" + (runId is null ? "" : " WHERE run_id = @run") + " ORDER BY id");
        if (runId is not null)
        {
            SqlParameters.Add(command, "run", runId);
        }

        using var r = command.ExecuteReader();
        var errors = new List<DocumentError>();
        while (r.Read())
        {
            errors.Add(new DocumentError(r.IsDBNull(0) ? null : r.GetInt64(0), r.GetString(1), r.GetString(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture)));
        }

        return errors;
    }

    public IEnumerable<EventRow> Events(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Query(command => EventFilterSql.Where(command, filter, TextCondition), c => BindText(c, filter), filter);
    }

    public IEnumerable<EventRow> DyadEvents(string a, string b, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pair = $"(({EventFilterSql.Matches("source", "@a")} AND {EventFilterSql.Matches("target", "@b")}) OR " +
                   $"({EventFilterSql.Matches("source", "@b")} AND {EventFilterSql.Matches("target", "@a")}))";
        return Query(command => EventFilterSql.Where(command, filter, TextCondition, pair), c =>
        {
            SqlParameters.Add(c, "a", a);
            SqlParameters.Add(c, "b", b);
            BindText(c, filter);
        }, filter);
    }

    public IReadOnlyList<DyadCount> TopDyads(EventFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = Command("");
        var where = EventFilterSql.Where(command, filter, TextCondition, "e.source_code IS NOT NULL AND e.target_code IS NOT NULL");
        BindText(command, filter);
        SqlParameters.Add(command, "limit", limit);
        command.CommandText =
            "SELECT e.source_code, e.target_code, COUNT(*), SUM(e.goldstein) FROM events e JOIN documents d ON d.id = e.document_id" + where +
            " GROUP BY e.source_code, e.target_code ORDER BY COUNT(*) DESC, e.source_code, e.target_code LIMIT @limit";
        using var r = command.ExecuteReader();
        var dyads = new List<DyadCount>();
        while (r.Read())
        {
            dyads.Add(new DyadCount(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3)));
        }

        return dyads;
    }

    public StoreCounts Counts() => new(
        Count("documents"), Count("events"), Count("actor_mentions"), Count("document_errors"), Count("ingest_runs"));

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            connection.Dispose();
        }
    }

    /// <summary>SQL that is true when the article matches the words bound to <paramref name="parameter"/>.</summary>
    protected abstract string TextCondition(string parameter);

    /// <summary>The value bound to the text parameter for the user's words.</summary>
    protected abstract string TextQuery(string words);

    protected DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void BindText(DbCommand command, EventFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            SqlParameters.Add(command, "text", TextQuery(filter.Text));
        }
    }

    private IEnumerable<EventRow> Query(Func<DbCommand, string> where, Action<DbCommand> bind, EventFilter filter)
    {
        using var command = Command("");
        var clause = where(command);
        bind(command);
        command.CommandText = $"SELECT {EventRowReader.Columns} FROM events e JOIN documents d ON d.id = e.document_id{clause} " +
                              $"ORDER BY {EventFilterSql.EventDate}, e.document_id, e.seq{EventFilterSql.Limit(filter)}";
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return EventRowReader.Read(r);
        }
    }

    private List<StoredMention> Mentions(string id)
    {
        using var command = Command("SELECT sentence, start_offset, end_offset, text, code, country, name, kind, members, reason FROM actor_mentions WHERE document_id = @doc ORDER BY seq");
        SqlParameters.Add(command, "doc", id);
        using var r = command.ExecuteReader();
        var mentions = new List<StoredMention>();
        while (r.Read())
        {
            mentions.Add(new StoredMention(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), SqlParameters.ReadString(r, 5), r.GetString(6), r.GetString(7), SqlParameters.ReadString(r, 8), r.GetString(9)));
        }

        return mentions;
    }

    private long Count(string table)
    {
        using var command = Command($"SELECT COUNT(*) FROM {table}");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
