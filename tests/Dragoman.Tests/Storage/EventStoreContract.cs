using Dragoman.Storage;
using Dragoman.Storage.Queries;
using Xunit.Abstractions;

namespace Dragoman.Tests.Storage;

/// <summary>
/// The store test suite, run unchanged on SQLite and on PostgreSQL. A subclass opens a fresh,
/// empty store per test, or returns null (with a message in the output) when its server is absent.
/// </summary>
public abstract class EventStoreContract
{
    protected EventStoreContract(ITestOutputHelper output) => Output = output;

    protected ITestOutputHelper Output { get; }

    /// <summary>A fresh store (the same one again when <paramref name="reopen"/>), or null to skip.</summary>
    protected abstract IEventStore? Open(bool reopen = false);

    [Fact]
    public void Should_RoundTripEveryField_When_DocumentIsSaved()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        var pact = StoreSamples.Pact();
        Assert.Equal(SaveOutcome.Inserted, store.Save(pact, null));
        var back = store.FindDocument("pact")!;
        Assert.Equal(pact with { Events = back.Events, Mentions = back.Mentions, Quotes = back.Quotes, Treaties = back.Treaties }, back);
        Assert.Equal(pact.Events, back.Events);
        Assert.Equal(pact.Mentions, back.Mentions);
        var strike = StoreSamples.Strike();
        store.Save(strike, null);
        Assert.Equal(strike.Events, store.FindDocument("strike")!.Events);
        Assert.Equal(new StoreCounts(2, 4, 2, 0, 0), store.Counts());
    }

    [Fact]
    public void Should_SkipDocument_When_SameContentIsSavedAgain()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        var pact = StoreSamples.Pact();
        Assert.False(store.ContainsHash(pact.ContentHash));
        Assert.Equal(SaveOutcome.Inserted, store.Save(pact, null));
        Assert.True(store.ContainsHash(pact.ContentHash));
        Assert.Equal(SaveOutcome.Unchanged, store.Save(pact, null));
        Assert.Equal(2, store.Counts().Events);
    }

    [Fact]
    public void Should_ReplaceOldRecords_When_ChangedDocumentHasSameId()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        store.Save(StoreSamples.Pact(), null);
        var changed = StoreSamples.Pact("Putin e Kim hanno firmato un trattato. Testo corretto.") with
        {
            Events = [StoreSamples.Event(StoreSamples.Russia, StoreSamples.Ukraine, "112", -2.0, 3, new DateOnly(2024, 6, 20))],
            Mentions = [],
        };
        Assert.Equal(SaveOutcome.Replaced, store.Save(changed, null));
        var events = store.Events(EventFilter.All).ToList();
        Assert.Equal("112", Assert.Single(events).Event.Cameo);
        Assert.Equal(changed.ContentHash, store.FindDocument("pact")!.ContentHash);
        Assert.Equal(new StoreCounts(1, 1, 0, 0, 0), store.Counts());
        Assert.Empty(store.Events(new EventFilter { Text = "Pyongyang" }));
        Assert.Single(store.Events(new EventFilter { Text = "corretto" }));
    }

    [Fact]
    public void Should_KeepPreviousVersion_When_WriteFailsInsideTheTransaction()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        store.Save(StoreSamples.Pact(), null);
        // The document and its events are written first; the mention without text then violates
        // NOT NULL, so the whole transaction must roll back, deletion of the old version included.
        var broken = StoreSamples.Pact("a changed text") with
        {
            Mentions = [new StoredMention(0, 0, 1, null!, "RUS", "RUS", "Russia", "country", null, "test")],
        };
        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Save(broken, null));
        Assert.Equal(new StoreCounts(1, 2, 2, 0, 0), store.Counts());
        Assert.Equal(StoreSamples.Pact().ContentHash, store.FindDocument("pact")!.ContentHash);
        Assert.Equal(SaveOutcome.Replaced, store.Save(StoreSamples.Pact("a changed text"), null));
    }

    public static TheoryData<string, int> Filters => new()
    {
        { "actor=RUS", 3 },
        { "actor=RUSGOV", 3 },
        { "actor=UKR", 2 },
        { "source=PRK", 1 },
        { "target=PRKGOV", 2 },
        { "root=05", 2 },
        { "cameo=02", 1 },
        { "cameo=057", 2 },
        { "from=2024-07-01", 2 },
        { "to=2024-06-30", 2 },
        { "text=Kharkiv", 2 },
        { "text=firmato difesa", 2 },
        { "text=firmato Kharkiv", 0 },
        { "text=\"quoted OR", 0 },
        { "actor=RUS,root=19", 1 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Should_SelectEvents_When_Filtered(string filter, int expected)
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        store.Save(StoreSamples.Pact(), null);
        store.Save(StoreSamples.Strike(), null);
        Assert.Equal(expected, store.Events(Parse(filter)).Count());
    }

    [Fact]
    public void Should_SummarizeBothDirections_When_DyadIsQueried()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        store.Save(StoreSamples.Pact(), null);
        store.Save(StoreSamples.Strike(), null);
        var months = DyadSummary.Summarize(store.DyadEvents("RUS", "PRK", EventFilter.All), "RUS", "PRK", PeriodUnit.Month);
        Assert.Equal([new DyadPeriod("2024-06", "RUS", "PRK", 1, 1, 0, 0, 0, 8.0), new DyadPeriod("2024-06", "PRK", "RUS", 1, 1, 0, 0, 0, 8.0)], months);
        var weeks = DyadSummary.Summarize(store.DyadEvents("UKR", "PRKGOV", EventFilter.All), "UKR", "PRKGOV", PeriodUnit.Week);
        Assert.Equal("2024-W27", Assert.Single(weeks).Period);
        Assert.Equal(7.4, weeks[0].GoldsteinMean, 3);
    }

    [Fact]
    public void Should_RankPairs_When_TopDyadsAreAsked()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        store.Save(StoreSamples.Pact(), null);
        store.Save(StoreSamples.Strike(), null);
        var top = store.TopDyads(EventFilter.All, 10);
        Assert.Equal(4, top.Count);
        Assert.Contains(new DyadCount("RUSGOV", "UKR", 1, -10.0), top);
        Assert.Single(store.TopDyads(new EventFilter { Root = "19" }, 10));
    }

    [Fact]
    public void Should_KeepRunsAndErrors_When_IngestRunsAreRecorded()
    {
        using var store = Open();
        if (store is null)
        {
            return;
        }

        var run = store.BeginRun("samples/");
        store.Save(StoreSamples.Pact(), run);
        store.RecordError(run, "bad.bin", "bad.bin: input looks binary, not text");
        store.FinishRun(run, new IngestTotals(1, 2, 0, 1));
        var error = Assert.Single(store.Errors(run));
        Assert.Equal(("bad.bin", run), (error.Input, error.RunId));
        Assert.Empty(store.Errors(run + 1));
        Assert.Equal(1, store.Counts().Runs);
    }

    [Fact]
    public void Should_NotMigrateAgain_When_StoreIsReopened()
    {
        using (var store = Open())
        {
            if (store is null)
            {
                return;
            }

            Assert.Equal(1, store.SchemaVersion);
            store.Save(StoreSamples.Pact(), null);
        }

        using var again = Open(reopen: true)!;
        Assert.Equal(1, again.SchemaVersion);
        Assert.Equal(1, again.Counts().Documents);
    }

    private static EventFilter Parse(string text)
    {
        var filter = new EventFilter();
        foreach (var part in text.Split(','))
        {
            var (key, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            filter = key switch
            {
                "actor" => filter with { Actor = value },
                "source" => filter with { Source = value },
                "target" => filter with { Target = value },
                "root" => filter with { Root = value },
                "cameo" => filter with { Cameo = value },
                "from" => filter with { From = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "to" => filter with { To = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => filter with { Text = value },
            };
        }

        return filter;
    }
}
