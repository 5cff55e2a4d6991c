using System.Diagnostics;
using System.Globalization;

namespace Dragoman.Tests.Web;

/// <summary>
/// A bounded load run against a loopback server: at most <c>requests</c> requests and at most
/// <c>budget</c> of wall time, from a few concurrent workers; reports throughput and latency.
/// </summary>
public sealed record LoadRun(string Name, int Requests, int Errors, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public static async Task<LoadRun> RunAsync(string name, Uri server, int requests, TimeSpan budget, int workers, Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(send);
        if (!server.IsLoopback)
        {
            throw new ArgumentException("load runs only target this machine's loopback", nameof(server));
        }

        using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>(requests);
        var issued = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < budget && Interlocked.Increment(ref issued) <= requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await send(client);
                await response.Content.ReadAsByteArrayAsync();
                var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(took);
                }

                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        clock.Stop();
        latencies.Sort();
        return new LoadRun(name, latencies.Count, errors, clock.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {Requests} requests in {Elapsed.TotalSeconds:0.00} s = {RequestsPerSecond:0} req/s, p50 {P50Milliseconds:0.0} ms, p99 {P99Milliseconds:0.0} ms, errors {Errors}");
}
