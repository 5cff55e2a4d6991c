using Xunit;
using Dragoman.Data;
using Dragoman.Errors;
using Dragoman.Text;

namespace Dragoman.Tests.Text;

public sealed class TextResourcesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dragoman-text-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("U+00AB\tremove\nU+ZZZZ\t'", "data/text/normalization.tsv:2: 'U+ZZZZ' is not a code point")]
    [InlineData("U+2019\tU+D800", "data/text/normalization.tsv:1: 'U+D800' is not a code point")]
    [InlineData("# comment\nU+2019\tab", "data/text/normalization.tsv:2: 'ab' is not a code point")]
    public void Should_ReportFileAndLine_When_NormalizationTableIsMalformed(string table, string expectedStart)
    {
        WriteData(table, "Sig.\tnever-ends");
        var error = Assert.Throws<DataFormatException>(() => new TextResources(new DataDirectory(root)));
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sig.\tsometimes", "data/languages/it/abbreviations.txt:1: unknown abbreviation kind 'sometimes'")]
    [InlineData("# c\nSig\tnever-ends", "data/languages/it/abbreviations.txt:2: abbreviation 'Sig' must contain a full stop")]
    [InlineData("Sig.", "data/languages/it/abbreviations.txt:1: expected 2 tab-separated fields, found 1")]
    public void Should_ReportFileAndLine_When_AbbreviationsAreMalformed(string abbreviations, string expected)
    {
        WriteData("U+2019\t'", abbreviations);
        var error = Assert.Throws<DataFormatException>(() => new TextResources(new DataDirectory(root)));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_FallBackToUnion_When_LanguageHasNoData()
    {
        var resources = new TextResources(DataDirectory.Locate());
        Assert.Contains("it", resources.Languages);
        Assert.Contains("en", resources.Languages);
        Assert.Same(resources.Union, resources.For(null));
        Assert.Same(resources.Union, resources.For("fr"));
        Assert.Equal("it", resources.For("IT").Name);
        Assert.Equal(AbbreviationKind.NeverEnds, resources.Union.FindAbbreviation("Mr."));
        Assert.Equal(AbbreviationKind.NeverEnds, resources.Union.FindAbbreviation("Dott."));
        Assert.Equal(AbbreviationKind.None, resources.For("it").FindAbbreviation("Mr."));
    }

    private void WriteData(string table, string abbreviations)
    {
        Directory.CreateDirectory(Path.Combine(root, "text"));
        Directory.CreateDirectory(Path.Combine(root, "languages", "it"));
        File.WriteAllText(Path.Combine(root, "text", "normalization.tsv"), table);
        File.WriteAllText(Path.Combine(root, "languages", "it", "abbreviations.txt"), abbreviations);
    }
}
