using System.Data.Common;
using System.Globalization;

namespace Dragoman.Storage;

/// <summary>The INSERT statements for one document and everything coded from it, inside the caller's transaction.</summary>
internal static class DocumentWriter
{
    private const string InsertDocument =
        "INSERT INTO documents (id, content_hash, source, url, title, language, publication_date, text, ingested_at, run_id) " +
        "VALUES (@id, @hash, @source, @url, @title, @language, @date, @text, @at, @run)";

    private const string InsertEvent =
        "INSERT INTO events (document_id, seq, sentence, date, date_source, source_code, source_country, source_name, source_text, " +
        "target_code, target_country, target_name, target_text, cameo, label, root, goldstein, quad_class, plover, negated, mood, " +
        "attribution_by, attribution_text, evidence_start, evidence_end, evidence_text, trigger, rule) VALUES " +
        "(@doc, @seq, @sentence, @date, @dateSource, @sc, @sco, @sn, @st, @tc, @tco, @tn, @tt, @cameo, @label, @root, @goldstein, " +
        "@quad, @plover, @negated, @mood, @aby, @atext, @estart, @eend, @etext, @trigger, @rule)";

    private const string InsertMention =
        "INSERT INTO actor_mentions (document_id, seq, sentence, start_offset, end_offset, text, code, country, name, kind, members, reason) " +
        "VALUES (@doc, @seq, @sentence, @start, @end, @text, @code, @country, @name, @kind, @members, @reason)";

    private const string InsertQuote =
        "INSERT INTO quotes (document_id, seq, sentence, start_offset, end_offset, kind, text, speaker_code, speaker_name, speaker_text, date, details) " +
        "VALUES (@doc, @seq, @sentence, @start, @end, @kind, @text, @scode, @sname, @stext, @date, @details)";

    private const string InsertTreaty =
        "INSERT INTO treaties (document_id, seq, name, parties, signed_date, status, start_offset, end_offset, details) " +
        "VALUES (@doc, @seq, @name, @parties, @signed, @status, @start, @end, @details)";

    private static readonly string[] ChildTables = ["events", "actor_mentions", "quotes", "treaties"];

    public static void Delete(DbConnection connection, DbTransaction transaction, string id)
    {
        foreach (var table in ChildTables)
        {
            Run(connection, transaction, $"DELETE FROM {table} WHERE document_id = @doc", c => SqlParameters.Add(c, "doc", id));
        }

        Run(connection, transaction, "DELETE FROM documents WHERE id = @doc", c => SqlParameters.Add(c, "doc", id));
    }

    public static void Insert(DbConnection connection, DbTransaction transaction, StoredDocument d, long? runId)
    {
        Run(connection, transaction, InsertDocument, c =>
        {
            SqlParameters.Add(c, "id", d.Id);
            SqlParameters.Add(c, "hash", d.ContentHash);
            SqlParameters.Add(c, "source", d.Source);
            SqlParameters.Add(c, "url", d.Url);
            SqlParameters.Add(c, "title", d.Title);
            SqlParameters.Add(c, "language", d.Language);
            SqlParameters.Add(c, "date", d.PublicationDate);
            SqlParameters.Add(c, "text", d.Text);
            SqlParameters.Add(c, "at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            SqlParameters.Add(c, "run", runId);
        });
        InsertAll(connection, transaction, InsertEvent, d.Id, d.Events, AddEvent);
        InsertAll(connection, transaction, InsertMention, d.Id, d.Mentions, AddMention);
        InsertAll(connection, transaction, InsertQuote, d.Id, d.Quotes, AddQuote);
        InsertAll(connection, transaction, InsertTreaty, d.Id, d.Treaties, AddTreaty);
    }

    private static void InsertAll<T>(DbConnection connection, DbTransaction transaction, string sql, string documentId, IReadOnlyList<T> items, Action<DbCommand, T> bind)
    {
        for (var seq = 0; seq < items.Count; seq++)
        {
            var item = items[seq];
            var number = seq;
            Run(connection, transaction, sql, c =>
            {
                SqlParameters.Add(c, "doc", documentId);
                SqlParameters.Add(c, "seq", number);
                bind(c, item);
            });
        }
    }

    private static void AddEvent(DbCommand c, StoredEvent e)
    {
        SqlParameters.Add(c, "sentence", e.Sentence);
        SqlParameters.Add(c, "date", e.Date);
        SqlParameters.Add(c, "dateSource", e.DateSource);
        SqlParameters.Add(c, "sc", e.Source?.Code);
        SqlParameters.Add(c, "sco", e.Source?.Country);
        SqlParameters.Add(c, "sn", e.Source?.Name);
        SqlParameters.Add(c, "st", e.Source?.Text);
        SqlParameters.Add(c, "tc", e.Target?.Code);
        SqlParameters.Add(c, "tco", e.Target?.Country);
        SqlParameters.Add(c, "tn", e.Target?.Name);
        SqlParameters.Add(c, "tt", e.Target?.Text);
        SqlParameters.Add(c, "cameo", e.Cameo);
        SqlParameters.Add(c, "label", e.Label);
        SqlParameters.Add(c, "root", e.Root);
        SqlParameters.Add(c, "goldstein", e.Goldstein);
        SqlParameters.Add(c, "quad", e.QuadClass);
        SqlParameters.Add(c, "plover", e.Plover);
        SqlParameters.Add(c, "negated", e.Negated);
        SqlParameters.Add(c, "mood", e.Mood);
        SqlParameters.Add(c, "aby", e.AttributionBy);
        SqlParameters.Add(c, "atext", e.AttributionText);
        SqlParameters.Add(c, "estart", e.EvidenceStart);
        SqlParameters.Add(c, "eend", e.EvidenceEnd);
        SqlParameters.Add(c, "etext", e.EvidenceText);
        SqlParameters.Add(c, "trigger", e.Trigger);
        SqlParameters.Add(c, "rule", e.Rule);
    }

    private static void AddMention(DbCommand c, StoredMention m)
    {
        SqlParameters.Add(c, "sentence", m.Sentence);
        SqlParameters.Add(c, "start", m.Start);
        SqlParameters.Add(c, "end", m.End);
        SqlParameters.Add(c, "text", m.Text);
        SqlParameters.Add(c, "code", m.Code);
        SqlParameters.Add(c, "country", m.Country);
        SqlParameters.Add(c, "name", m.Name);
        SqlParameters.Add(c, "kind", m.Kind);
        SqlParameters.Add(c, "members", m.Members);
        SqlParameters.Add(c, "reason", m.Reason);
    }

    private static void AddQuote(DbCommand c, StoredQuote q)
    {
        SqlParameters.Add(c, "sentence", q.Sentence);
        SqlParameters.Add(c, "start", q.Start);
        SqlParameters.Add(c, "end", q.End);
        SqlParameters.Add(c, "kind", q.Kind);
        SqlParameters.Add(c, "text", q.Text);
        SqlParameters.Add(c, "scode", q.SpeakerCode);
        SqlParameters.Add(c, "sname", q.SpeakerName);
        SqlParameters.Add(c, "stext", q.SpeakerText);
        SqlParameters.Add(c, "date", q.Date);
        SqlParameters.Add(c, "details", q.Details);
    }

    private static void AddTreaty(DbCommand c, StoredTreaty t)
    {
        SqlParameters.Add(c, "name", t.Name);
        SqlParameters.Add(c, "parties", t.Parties);
        SqlParameters.Add(c, "signed", t.SignedDate);
        SqlParameters.Add(c, "status", t.Status);
        SqlParameters.Add(c, "start", t.Start);
        SqlParameters.Add(c, "end", t.End);
        SqlParameters.Add(c, "details", t.Details);
    }

    private static void Run(DbConnection connection, DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }
}
