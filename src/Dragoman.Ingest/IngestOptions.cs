using Dragoman.Sources;

namespace Dragoman.Ingest;

/// <summary>How inputs are read for ingestion.</summary>
public sealed record IngestOptions
{
    /// <summary>Five megabytes: far above any article, low enough that one stray dump cannot stall a batch.</summary>
    public const long DefaultMaxBytes = 5_000_000;

    public SourceOptions Defaults { get; init; } = new();

    /// <summary>Inputs (and documents inside .jsonl files) larger than this are refused with a message.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
