namespace Dragoman.Storage;

/// <summary>
/// Where coded documents live. Every write of a document is one transaction: a reader never
/// sees half a document, and a process killed mid-write leaves the previous state.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The schema version after migrations ran (the highest applied migration number).</summary>
    int SchemaVersion { get; }

    long BeginRun(string inputs);

    void FinishRun(long runId, IngestTotals totals);

    bool ContainsHash(string contentHash);

    /// <summary>Stores the document, replacing every record of a stored document with the same id.</summary>
    SaveOutcome Save(StoredDocument document, long? runId);

    void RecordError(long? runId, string input, string message);

    StoredDocument? FindDocument(string id);

    IReadOnlyList<DocumentError> Errors(long? runId);

    IEnumerable<EventRow> Events(EventFilter filter);

    /// <summary>Events between A and B in both directions; A and B match a code or a country.</summary>
    IEnumerable<EventRow> DyadEvents(string a, string b, EventFilter filter);

    IReadOnlyList<DyadCount> TopDyads(EventFilter filter, int limit);

    StoreCounts Counts();
}
