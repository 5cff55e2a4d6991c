namespace Dragoman.Storage;

/// <summary>An input that could not be ingested, and why.</summary>
public sealed record DocumentError(long? RunId, string Input, string Message, DateTimeOffset OccurredAt);
