using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Ingest;

namespace Dragoman.Tests.Ingest;

public sealed class HtmlArticleReaderTests
{
    private static readonly HtmlArticleReader Reader = new(HtmlMetaRules.Load(DataDirectory.Locate()));

    [Fact]
    public void Should_ExtractMainTextTitleAndDate_When_PageHasJsonLdAndMeta()
    {
        var document = Reader.Read("page.html", IngestPages.Article, "https://example.org/pact", new DocumentInfo(), "pact");
        Assert.Equal("Putin and Kim sign mutual defence treaty", document.Info.Title);
        Assert.Equal(new DateOnly(2024, 6, 19), document.PublicationDate);
        Assert.Equal("https://example.org/pact", document.Info.Url);
        Assert.Contains("signed a treaty on comprehensive strategic partnership", document.Text, StringComparison.Ordinal);
        Assert.Contains("South Korea condemned the pact", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_TakeDateFromMetaTag_When_PageHasNoJsonLd()
    {
        var document = Reader.Read("roma.html", IngestPages.MetaOnly, null, new DocumentInfo { Language = "it" }, "roma");
        Assert.Equal(new DateOnly(2025, 3, 4), document.PublicationDate);
        Assert.Equal("Vertice a Roma", document.Info.Title);
        Assert.Equal("it", document.Language);
        Assert.Contains("dichiarazione congiunta", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportInput_When_PageHasNoText()
    {
        var error = Assert.Throws<InputException>(() => Reader.Read("broken.html", IngestPages.Broken, null, new DocumentInfo(), "broken"));
        Assert.Equal("broken.html: no article text found in the HTML page", error.Message);
    }

    [Theory]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06-19T23:30:00-05:00", "2024-06-19")]
    [InlineData("Wed, 19 Jun 2024 12:00:00 GMT", "2024-06-19")]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    public void Should_ParseDate_When_WrittenInCommonForms(string written, string? expected)
    {
        Assert.Equal(expected, HtmlMetadata.ParseDate(written)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
