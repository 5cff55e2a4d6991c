using System.Globalization;

namespace Dragoman.Engine;

/// <summary>
/// Processor time of the calling thread, read from Linux's <c>/proc/thread-self/schedstat</c>
/// (nanoseconds): unlike the process's time it leaves out the runtime's own threads (tiered
/// compilation, background collection), so it is what "MB/s on one core" means. Null where the
/// file does not exist; callers then fall back to the process's time.
/// </summary>
public static class ThreadCpuClock
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan? Now()
    {
        if (!File.Exists(SchedStat))
        {
            return null;
        }

        var text = File.ReadAllText(SchedStat);
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        return long.TryParse(end < 0 ? text : text[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds)
            ? TimeSpan.FromTicks(nanoseconds / 100)
            : null;
    }
}
