namespace Dragoman.Engine;

/// <summary>One measured pass over the corpus.</summary>
public sealed record BenchmarkRun(string Name, double Seconds, long Bytes, long Sentences)
{
    public double MegabytesPerSecond => Bytes / 1048576.0 / Seconds;

    public double SentencesPerSecond => Sentences / Seconds;
}
