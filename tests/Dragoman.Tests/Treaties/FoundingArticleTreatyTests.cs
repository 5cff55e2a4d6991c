using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;
using Dragoman.Treaties;
using Xunit.Abstractions;

namespace Dragoman.Tests.Treaties;

/// <summary>The founding article's treaties against the "treaties" field of the first gold-dev.jsonl record (read from ../shared, never copied).</summary>
[Collection(EngineCollection.Name)]
public sealed class FoundingArticleTreatyTests(EngineFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Should_ExtractGoldTreaties_When_ReadingFoundingArticle()
    {
        var gold = SharedFolder.File("samples/gold-dev.jsonl");
        if (gold is null)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        using var record = JsonDocument.Parse(File.ReadLines(gold).First());
        var root = record.RootElement;
        var document = fixture.Engine.Process(new Document(
            root.GetProperty("id").GetString()!,
            root.GetProperty("text").GetString()!,
            new DocumentInfo { Language = root.GetProperty("lang").GetString(), PublicationDate = DateOnly.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture) }));
        var expected = root.GetProperty("treaties").EnumerateArray().ToList();
        Assert.Equal(expected.Count, document.Treaties.Count);
        foreach (var item in expected)
        {
            var year = item.GetProperty("year").GetInt32();
            var treaty = Assert.Single(document.Treaties, t => t.Year == year);
            foreach (var side in item.GetProperty("parties").EnumerateArray())
            {
                var codes = side.EnumerateArray().Select(c => c.GetString()!).ToArray();
                Assert.Contains(treaty.Parties, p => codes.Contains(p.Code) || (p.Successor is not null && codes.Contains(p.Successor)));
            }

            foreach (var type in item.GetProperty("provisions").EnumerateArray())
            {
                Assert.Contains(treaty.Provisions, p => !p.Excluded && TreatyHistory.ProvisionSummary(p).StartsWith(type.GetString()!, StringComparison.Ordinal));
            }

            if (item.GetProperty("status").GetString() is { } status)
            {
                Assert.Equal(status, TreatyHistory.StatusName(treaty.Status));
            }
        }
    }

    [Fact]
    public void Should_GroundEveryFactInASentence_When_ReadingFoundingArticle()
    {
        var path = SharedFolder.File("samples/putin-kim-pact.it.txt");
        if (path is null)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        var document = fixture.Engine.Process(new Document("seed", File.ReadAllText(path), new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) }));
        var pact = document.Treaties.Single(t => t.Year == 2024);
        Assert.Equal(new DateOnly(2024, 6, 19), pact.Signed!.Value.Date);
        Assert.True(pact.Mentions.Count >= 5, "the new pact is named again as 'il patto', 'il nuovo accordo', 'il nuovo documento di partenariato strategico'");
        Assert.All(document.Treaties.SelectMany(t => t.Provisions), p => Assert.Equal(BasisKind.Document, p.Basis!.Kind));
        var soviet = document.Treaties.Single(t => t.Year == 1961);
        Assert.Equal("RUS", soviet.Parties.Single(p => p.Code == "SUN").Successor);
        Assert.Equal(1991, soviet.Ended!.Value.Year);
    }
}
