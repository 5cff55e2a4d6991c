using System.Runtime.InteropServices;

namespace Dragoman.Bench;

/// <summary>
/// CPU time of the calling thread (Linux): on a machine shared with other busy processes it counts
/// only the time this thread ran, which wall-clock time does not.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static double Seconds()
    {
        return GetTime(ThreadCpuTime, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : throw new InvalidOperationException("clock_gettime failed");
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int GetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
