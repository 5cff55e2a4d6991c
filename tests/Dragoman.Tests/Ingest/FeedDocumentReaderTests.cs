using Dragoman.Data;
using Dragoman.Ingest;
using Dragoman.Sources;
using Dragoman.Tests.Storage;

namespace Dragoman.Tests.Ingest;

public sealed class FeedDocumentReaderTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly IngestSourceReader reader = new(new IngestOptions(), HtmlMetaRules.Load(DataDirectory.Locate()));

    [Fact]
    public void Should_ReadEachItem_When_RssFeedHasDescriptionsBadDateAndLocalPage()
    {
        File.WriteAllText(folder.File("news.rss"), IngestPages.Rss);
        File.WriteAllText(folder.File("page.html"), IngestPages.Article);
        var results = reader.Read([folder.File("news.rss")]).ToList();
        Assert.Equal(3, results.Count);

        var first = results[0].Document!;
        Assert.Equal(("item-a", "Ceasefire talks", new DateOnly(2024, 7, 2)), (first.Id, first.Info.Title, first.PublicationDate!.Value));
        Assert.Equal("Ukraine and Russia exchanged prisoners on Tuesday after talks mediated by the United Arab Emirates.", first.Text);
        Assert.Equal("https://example.org/a", first.Info.Url);

        Assert.Null(results[1].Document);
        Assert.Equal($"{folder.File("news.rss")}: item 2 has an unreadable date 'the day after tomorrow'", results[1].Error);

        var page = results[2].Document!;
        Assert.Equal("item-c", page.Id);
        Assert.Contains("signed a treaty on comprehensive strategic partnership", page.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 6, 19), page.PublicationDate);
    }

    [Fact]
    public void Should_ReadEntries_When_AtomFeedGiven()
    {
        File.WriteAllText(folder.File("esteri.atom"), IngestPages.Atom);
        var results = reader.Read([folder.File("esteri.atom")]).ToList();
        Assert.Equal(2, results.Count);
        var entry = results[0].Document!;
        Assert.Equal(("urn:test:1", new DateOnly(2025, 1, 18)), (entry.Id, entry.PublicationDate!.Value));
        Assert.StartsWith("La Russia e l'Iran hanno firmato", entry.Text, StringComparison.Ordinal);
        Assert.Contains("item 2 has neither a description nor a local page", results[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportFeed_When_XmlIsNotAFeed()
    {
        File.WriteAllText(folder.File("broken.xml"), "<rss><channel><item>");
        var result = Assert.Single(reader.Read([folder.File("broken.xml")]));
        Assert.Null(result.Document);
        Assert.StartsWith($"{folder.File("broken.xml")}: not a readable RSS or Atom feed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReadEveryKindInFolder_When_DirectoryGiven()
    {
        File.WriteAllText(folder.File("a.html"), IngestPages.MetaOnly);
        File.WriteAllText(folder.File("b.atom"), IngestPages.Atom);
        File.WriteAllText(folder.File("c.txt"), "Italy and France signed an agreement.");
        File.WriteAllText(folder.File("d.png"), "ignored");
        var inputs = reader.Read([folder.Path]).Select(r => r.Document?.Id ?? r.Error).ToList();
        Assert.Equal(["a", "urn:test:1", "item 2", "c"], inputs.Select(i => i!.Contains("item 2", StringComparison.Ordinal) ? "item 2" : i));
    }

    public void Dispose() => folder.Dispose();
}
