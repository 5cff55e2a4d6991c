using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;
using Dragoman.Tests.Storage;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dragoman.Tests.Cli;

/// <summary>
/// Kills a real <c>dragoman ingest</c> child process with SIGKILL in the middle of 5,000
/// documents, checks that every stored document is complete, re-runs, and checks that every
/// document and event is there exactly once. Also reports ingest throughput.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class IngestCrashTests : IDisposable
{
    private const int DocumentCount = 5000;

    private readonly TempFolder folder = new();
    private readonly EngineFixture engine;
    private readonly ITestOutputHelper output;

    public IngestCrashTests(EngineFixture engine, ITestOutputHelper output)
    {
        this.engine = engine;
        this.output = output;
    }

    [Fact]
    public void Should_StoreEveryDocumentOnce_When_IngestIsKilledAndRerun()
    {
        var input = folder.File("batch.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, DocumentCount).Select(Line));
        var db = folder.File("crash.db");
        var perDocument = ExpectedEvents();

        using (var child = Start(input, db))
        {
            var stopwatch = Stopwatch.StartNew();
            while (!child.HasExited && Documents(db) < 400 && stopwatch.Elapsed < TimeSpan.FromMinutes(3))
            {
                Thread.Sleep(50);
            }

            Assert.False(child.HasExited, "the child finished before it could be killed; the test proves nothing");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var afterKill = Documents(db);
        Assert.InRange(afterKill, 1, DocumentCount - 1);
        Assert.Equal(0L, Scalar(db, $"SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) <> {perDocument}"));
        output.WriteLine($"killed after {afterKill} documents; each stored document had all {perDocument} events");

        var timer = Stopwatch.StartNew();
        using (var rerun = Start(input, db))
        {
            var summary = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"skipped: {afterKill} (already stored)", summary, StringComparison.Ordinal);
        }

        var seconds = timer.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"re-run stored {DocumentCount - afterKill} documents in {seconds:0.0} s ({(DocumentCount - afterKill) / seconds:0} documents/s, engine load included)"));
        Assert.Equal(DocumentCount, Documents(db));
        Assert.Equal(DocumentCount, Scalar(db, "SELECT COUNT(DISTINCT content_hash) FROM documents"));
        Assert.Equal((long)DocumentCount * perDocument, Scalar(db, "SELECT COUNT(*) FROM events"));
        Assert.Equal(0L, Scalar(db, $"SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) <> {perDocument}"));
        Assert.Equal(0L, Scalar(db, "SELECT COUNT(*) FROM (SELECT document_id, sentence, cameo, source_code, target_code FROM events GROUP BY 1, 2, 3, 4, 5 HAVING COUNT(*) > 1)"));
    }

    public void Dispose() => folder.Dispose();

    private static string Line(int n) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"id\":\"gen-{n}\",\"lang\":\"en\",\"date\":\"2024-{1 + (n % 12):00}-{1 + (n % 28):00}\",\"text\":\"Russia condemned Ukraine on Monday in statement {n}. France and Italy signed an agreement in Rome.\"}}");

    /// <summary>Every generated document has the same shape, so the engine must code each into the same number of events.</summary>
    private long ExpectedEvents()
    {
        var counts = new[] { 0, DocumentCount - 1 }.Select(n =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(Line(n));
            var text = json.RootElement.GetProperty("text").GetString()!;
            return engine.Engine.Process(new Document("probe", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 1, 1) })).Events.Count;
        }).Distinct().ToList();
        var count = Assert.Single(counts);
        Assert.True(count > 0);
        return count;
    }

    private static Process Start(string input, string db)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "dragoman.dll"), "ingest", input, "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static long Documents(string db) => File.Exists(db) ? Scalar(db, "SELECT COUNT(*) FROM documents") : 0;

    private static long Scalar(string db, string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // The child has not created the tables yet.
            return 0;
        }
    }
}
