using Dragoman.Engine;
using Xunit;

namespace Dragoman.Tests.Engine;

public sealed class ThreadCpuClockTests
{
    [Fact]
    public void Should_CountOnlyThisThreadsWork_When_TheSystemTellsIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ThreadCpuClock.Now());
            return;
        }

        var before = ThreadCpuClock.Now();
        var sum = 0.0;
        for (var i = 1; i < 5_000_000; i++)
        {
            sum += Math.Sqrt(i);
        }

        var after = ThreadCpuClock.Now();
        Assert.True(sum > 0);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.True(after > before, $"{before} -> {after}");

        // A sleeping thread uses no processor time.
        var idle = ThreadCpuClock.Now();
        Thread.Sleep(200);
        Assert.True(ThreadCpuClock.Now() - idle < TimeSpan.FromMilliseconds(100));
    }
}
