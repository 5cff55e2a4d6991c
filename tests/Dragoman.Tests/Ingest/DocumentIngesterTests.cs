using Dragoman.Documents;
using Dragoman.Ingest;
using Dragoman.Sources;
using Dragoman.Storage;
using Dragoman.Tests.Infrastructure;
using Dragoman.Tests.Storage;

namespace Dragoman.Tests.Ingest;

/// <summary>Documents are coded in batches and stored one by one, in input order.</summary>
[Collection(EngineCollection.Name)]
public sealed class DocumentIngesterTests(EngineFixture fixture) : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Should_StoreEveryDocumentOnceAndSkipCopies_When_ABatchRepeatsATextAndHoldsABadInput(int count)
    {
        var items = new List<SourceResult>();
        for (var k = 0; k < count; k++)
        {
            items.Add(Item($"d{k}", $"Spain criticized Morocco over {k + 1} fishing boats on Monday."));
        }

        items.Insert(1, Item("copy", "Spain criticized Morocco over 1 fishing boats on Monday."));
        items.Insert(2, new SourceResult("unreadable.txt", null, "unreadable.txt: input looks binary, not text"));
        items.Add(Item("french", "La France a condamné l'attaque contre le convoi.", "fr"));

        using var store = SqliteEventStore.Open(folder.File("events.db"));
        var report = new DocumentIngester(fixture.Engine, store).Ingest(items, "test");

        Assert.Equal(count, report.Inserted);
        Assert.Equal(1, report.Skipped);
        Assert.Equal(["unreadable.txt", "french"], report.Failures.Select(f => f.Input));
        Assert.Equal(count, store.Counts().Documents);
        Assert.NotNull(store.FindDocument($"d{count - 1}"));
        Assert.Null(store.FindDocument("copy"));
    }

    public void Dispose() => folder.Dispose();

    private static SourceResult Item(string id, string text, string language = "en") =>
        new(id, new Document(id, text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 3, 4) }), null);
}
