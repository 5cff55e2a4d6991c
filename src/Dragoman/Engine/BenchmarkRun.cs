namespace Dragoman.Engine;

/// <summary>One measured pass over the corpus.</summary>
public sealed record BenchmarkRun(string Name, double Seconds, long Bytes, long Sentences)
{
    /// <summary>Bytes allocated during the run and garbage collections of generation 0, 1 and 2.</summary>
    public (long Allocated, int Gen0, int Gen1, int Gen2)? Memory { get; init; }

    /// <summary>
    /// Processor time the measuring thread used during the run (the process's where the system does not
    /// tell a thread's), or null when not measured. On a machine shared with busy processes it is
    /// steadier than <see cref="Seconds"/>, which also counts waiting.
    /// </summary>
    public double? CpuSeconds { get; init; }

    /// <summary>Time the runtime held the program's threads paused for garbage collection during the run, or null when not measured.</summary>
    public TimeSpan? GcPause { get; init; }

    public double MegabytesPerSecond => Bytes / 1048576.0 / Seconds;

    public double SentencesPerSecond => Sentences / Seconds;

    /// <summary>MB per second of processor time, or null when <see cref="CpuSeconds"/> was not measured.</summary>
    public double? CpuMegabytesPerSecond => CpuSeconds is > 0 and var cpu ? Bytes / 1048576.0 / cpu : null;
}
