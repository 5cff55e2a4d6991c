using System.Text;
using Dragoman.Storage;
using Dragoman.Tests.Ingest;
using Dragoman.Tests.Storage;

namespace Dragoman.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Db => folder.File("store.db");

    [Fact]
    public void Should_AddNothing_When_SameFolderIsIngestedAgain()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var first = CliRun.Run("ingest", samples, "--db", Db);
        Assert.Equal(0, first.Exit);
        Assert.Matches(@"^documents: (\d+) stored \(\1 new, 0 replaced\), events: [1-9]\d*, skipped: 0 \(already stored\), failed: 0", first.Out);
        var counts = Counts();

        var second = CliRun.Run("ingest", samples, "--db", Db);
        Assert.Equal(0, second.Exit);
        Assert.StartsWith($"documents: 0 stored (0 new, 0 replaced), events: 0, skipped: {counts.Documents} (already stored)", second.Out, StringComparison.Ordinal);
        Assert.Equal(counts with { Runs = 2 }, Counts());

        var events = CliRun.Run("events", "--db", Db, "--actor", "rus", "--format", "jsonl");
        Assert.Equal(0, events.Exit);
        var lines = events.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("\"RUS", l, StringComparison.Ordinal));
        var table = CliRun.Run("events", "--db", Db, "--actor", "RUS");
        Assert.Contains($"{lines.Length} events", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReplaceOldEvents_When_DocumentChanges()
    {
        var article = folder.File("2024-05-01-note.en.txt");
        File.WriteAllText(article, "Russia condemned Ukraine on Monday. France and Italy signed an agreement in Rome.");
        Assert.Equal(0, CliRun.Run("ingest", article, "--db", Db).Exit);
        Assert.Equal(3, Counts().Events);

        File.WriteAllText(article, "Russia condemned Ukraine on Monday, officials said.");
        var second = CliRun.Run("ingest", article, "--db", Db);
        Assert.StartsWith("documents: 1 stored (0 new, 1 replaced), events: 1,", second.Out, StringComparison.Ordinal);
        Assert.Equal(1, Counts().Documents);
        var row = Assert.Single(Store().Events(EventFilter.All));
        Assert.Equal(("RUS", "UKR", "2024-05-01-note.en"), (row.Event.Source!.Code, row.Event.Target!.Code, row.DocumentId));
    }

    [Fact]
    public void Should_ReportEachBadInputAndStoreTheRest_When_BatchHasBadInputs()
    {
        var good = folder.File("2024-05-01-good.en.txt");
        File.WriteAllText(good, "Russia condemned Ukraine on Monday.");
        File.WriteAllBytes(folder.File("binary.txt"), [0x52, 0x75, 0x00, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(folder.File("latin1.txt"), Encoding.Latin1.GetBytes("La Francia ha condannato l'attacco: è grave."));
        File.WriteAllText(folder.File("lines.jsonl"), "{\"id\":\"j1\",\"text\":\"France and Italy signed an agreement in Rome.\",\"date\":\"2024-05-02\"}\n{\"id\": \"j2\", \"text\": \n");
        File.WriteAllText(folder.File("broken.html"), IngestPages.Broken);
        File.WriteAllText(folder.File("news.rss"), IngestPages.Rss);
        File.WriteAllText(folder.File("page.html"), IngestPages.Article);
        File.WriteAllText(folder.File("huge.txt"), new string('a', 10 * 1024 * 1024));
        var missing = folder.File("missing.txt");

        var run = CliRun.Run("ingest", folder.Path, missing, "--db", Db);
        Assert.Equal(1, run.Exit);
        string[] expected =
        [
            $"{folder.File("binary.txt")}: input looks binary, not text",
            $"{folder.File("latin1.txt")}: input is not valid UTF-8 text",
            $"{folder.File("lines.jsonl")}:2: bad JSON record",
            $"{folder.File("broken.html")}: no article text found in the HTML page",
            $"{folder.File("news.rss")}: item 2 has an unreadable date 'the day after tomorrow'",
            $"{folder.File("huge.txt")}: input is 10,485,760 bytes, more than the limit of 5,000,000",
            $"{missing}: no such file or directory",
        ];
        Assert.All(expected, e => Assert.Contains("dragoman: " + e, run.Error, StringComparison.Ordinal));
        Assert.Contains("failed: 7", run.Out, StringComparison.Ordinal);

        using var store = Store();
        Assert.Equal(7, store.Errors(null).Count);
        Assert.NotNull(store.FindDocument("2024-05-01-good.en"));
        Assert.NotNull(store.FindDocument("j1"));
        Assert.NotNull(store.FindDocument("item-a"));
        Assert.NotNull(store.FindDocument("item-c"));
        Assert.Contains("skipped: 1 (already stored)", run.Out, StringComparison.Ordinal);
        Assert.Equal(4, store.Counts().Documents);
    }

    public void Dispose() => folder.Dispose();

    private SqliteEventStore Store() => SqliteEventStore.Open(Db);

    private StoreCounts Counts()
    {
        using var store = Store();
        return store.Counts();
    }
}
