using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dragoman.Tests.Golden;

/// <summary>Quotes, the signing date and the munitions quantity of the founding article (read from ../shared, never copied).</summary>
[Collection(EngineCollection.Name)]
public sealed class FoundingArticleQuoteTests(EngineFixture fixture, ITestOutputHelper output)
{
    private Document? Process()
    {
        var path = SharedFolder.File("samples/putin-kim-pact.it.txt");
        if (path is null)
        {
            output.WriteLine(SharedFolder.Missing);
            return null;
        }

        return fixture.Engine.Process(new Document("seed", File.ReadAllText(path), new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) }));
    }

    [Fact]
    public void Should_AttributeTheGoldQuotesAndKimsFragments_When_ReadingTheFoundingArticle()
    {
        var gold = SharedFolder.File("samples/gold-dev.jsonl");
        if (Process() is not { } document || gold is null)
        {
            return;
        }

        using var record = JsonDocument.Parse(File.ReadLines(gold).First());
        var expected = record.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (Contains: q.GetProperty("contains").GetString()!, Name: q.GetProperty("name").GetString()!)).ToList();
        // Kim's other quoted fragments: every quotation in the sentence holding his gold quote, read
        // from the article itself (its text is not copied into the project).
        var kimQuote = expected.Single(e => e.Name == "Kim Jong-un").Contains;
        var sentence = document.Sentences.Single(s => document.Text[s.Start..s.End].Contains(kimQuote, StringComparison.Ordinal));
        foreach (System.Text.RegularExpressions.Match fragment in System.Text.RegularExpressions.Regex.Matches(document.Text[sentence.Start..sentence.End], "“([^”]+)”"))
        {
            if (!fragment.Groups[1].Value.Contains(kimQuote, StringComparison.Ordinal))
            {
                expected.Add((fragment.Groups[1].Value, "Kim Jong-un"));
            }
        }

        Assert.Equal(5, expected.Count);
        foreach (var (contains, name) in expected)
        {
            Assert.Contains(document.Quotes, q => q.Direct && q.Text.Contains(contains, StringComparison.Ordinal) && q.Speaker.Name == name);
        }

        var direct = document.Quotes.Where(q => q.Direct).ToList();
        Assert.Equal(expected.Count, direct.Count);
        Assert.All(document.Quotes, q => Assert.Contains(q.Speaker.Name, expected.Select(e => e.Name)));
    }

    [Fact]
    public void Should_DateTheSigningToWednesday_When_PublishedOnThursday()
    {
        if (Process() is not { } document)
        {
            return;
        }

        var signing = document.Events.Where(e => e.Cameo == "057").ToList();
        Assert.NotEmpty(signing);
        Assert.All(signing, e => Assert.Equal(new DateOnly(2024, 6, 19), e.Date));
        Assert.All(signing, e => Assert.Equal("clause: mercoledì", e.DateSource));
    }

    [Fact]
    public void Should_ReadTheMunitionsAsALowerBound_When_TheArticleSaysOltre()
    {
        if (Process() is not { } document)
        {
            return;
        }

        Assert.Contains(document.Quantities, q => q.Value >= 11000 && q.Unit == "container" && q.Bound == "min");
    }
}
