using System.Data.Common;
using System.Globalization;

namespace Dragoman.Storage;

/// <summary>The column list of event queries and how to read one row of it back.</summary>
internal static class EventRowReader
{
    public const string Columns =
        "e.id, e.document_id, e.seq, e.sentence, e.date, e.date_source, " +
        "e.source_code, e.source_country, e.source_name, e.source_text, " +
        "e.target_code, e.target_country, e.target_name, e.target_text, " +
        "e.cameo, e.label, e.root, e.goldstein, e.quad_class, e.plover, e.negated, e.mood, " +
        "e.attribution_by, e.attribution_text, e.evidence_start, e.evidence_end, e.evidence_text, e.trigger, e.rule, " +
        "d.url, d.source, d.publication_date, d.ingested_at";

    public static EventRow Read(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        DocumentId = r.GetString(1),
        Seq = r.GetInt32(2),
        Event = new StoredEvent
        {
            Sentence = r.GetInt32(3),
            Date = SqlParameters.ReadDate(r, 4),
            DateSource = r.GetString(5),
            Source = Actor(r, 6),
            Target = Actor(r, 10),
            Cameo = r.GetString(14),
            Label = r.GetString(15),
            Root = r.GetString(16),
            Goldstein = r.GetDouble(17),
            QuadClass = r.GetInt32(18),
            Plover = r.GetString(19),
            Negated = r.GetBoolean(20),
            Mood = r.GetString(21),
            AttributionBy = SqlParameters.ReadString(r, 22),
            AttributionText = SqlParameters.ReadString(r, 23),
            EvidenceStart = r.GetInt32(24),
            EvidenceEnd = r.GetInt32(25),
            EvidenceText = r.GetString(26),
            Trigger = r.GetString(27),
            Rule = r.GetString(28),
        },
        Url = SqlParameters.ReadString(r, 29),
        DocumentSource = SqlParameters.ReadString(r, 30),
        PublicationDate = SqlParameters.ReadDate(r, 31),
        IngestedAt = DateTimeOffset.Parse(r.GetString(32), CultureInfo.InvariantCulture),
    };

    private static StoredActor? Actor(DbDataReader r, int first) =>
        r.IsDBNull(first) ? null : new StoredActor(r.GetString(first), SqlParameters.ReadString(r, first + 1), r.GetString(first + 2), SqlParameters.ReadString(r, first + 3));
}
