namespace Dragoman.Engine;

/// <summary>One measured pass over the corpus.</summary>
public sealed record BenchmarkRun(string Name, double Seconds, long Bytes, long Sentences)
{
    /// <summary>Bytes allocated during the run and garbage collections of generation 0, 1 and 2.</summary>
    public (long Allocated, int Gen0, int Gen1, int Gen2)? Memory { get; init; }

    public double MegabytesPerSecond => Bytes / 1048576.0 / Seconds;

    public double SentencesPerSecond => Sentences / Seconds;
}
