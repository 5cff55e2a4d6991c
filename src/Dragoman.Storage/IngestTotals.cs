namespace Dragoman.Storage;

/// <summary>What one ingest run did, kept in <c>ingest_runs</c>.</summary>
public sealed record IngestTotals(int Documents, int Events, int Skipped, int Failed);
