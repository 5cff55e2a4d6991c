namespace Dragoman.Ingest;

/// <summary>An input that was not stored, and the message saying why.</summary>
public sealed record IngestFailure(string Input, string Message);
