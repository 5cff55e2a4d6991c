using Dragoman.Data;
using Dragoman.Errors;
using Dragoman.Languages;
using Xunit;

namespace Dragoman.Tests.Languages;

public sealed class LanguageProfilesLoaderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dragoman-langid-" + Guid.NewGuid().ToString("N"));

    public LanguageProfilesLoaderTests() => Directory.CreateDirectory(Path.Combine(root, "languages", "profiles", "training"));

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("Latin\t0041-zz\tit | en", "data/languages/profiles/scripts.tsv:2: '0041-zz'")]
    [InlineData("Latin\t0041-005A\tIT | en", "data/languages/profiles/scripts.tsv:2: 'IT | en'")]
    [InlineData("Latin\t0041-005A", "data/languages/profiles/scripts.tsv:2: expected 3")]
    [InlineData("Latin\t0061-007A\tit | en", "data/languages/profiles/scripts.tsv:2: language 'en'")]
    public void Should_ReportFileAndLine_When_ScriptsFileIsMalformed(string line, string expectedStart)
    {
        Write("languages/profiles/scripts.tsv", "# scripts\n" + line + "\n");
        Write("languages/profiles/training/it.txt", "il governo\n");

        var error = Assert.Throws<DataFormatException>(() => LanguageProfiles.Load(new DataDirectory(root)));

        Assert.StartsWith(expectedStart, error.Message.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportFileAndLine_When_FunctionWordBelongsToNoModel()
    {
        Write("languages/profiles/scripts.tsv", "Latin\t0061-007A\tit | en\nHan\t4E00-9FFF\tzh\n");
        Write("languages/profiles/training/it.txt", "il governo\n");
        Write("languages/profiles/training/en.txt", "the government\n");
        Write("languages/profiles/function-words.tsv", "it\til | la\nzh\t的\n");

        var error = Assert.Throws<DataFormatException>(() => LanguageProfiles.Load(new DataDirectory(root)));

        Assert.StartsWith("data/languages/profiles/function-words.tsv:2:", error.Message.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_TrainFromText_When_DataIsMinimal()
    {
        Write("languages/profiles/scripts.tsv", "Latin\t0041-005A | 0061-007A\tit | en\n");
        Write("languages/profiles/training/it.txt", "il governo della repubblica e il parlamento della nazione\n");
        Write("languages/profiles/training/en.txt", "the government of the republic and the parliament of the nation\n");

        var detector = new LanguageDetector(LanguageProfiles.Load(new DataDirectory(root)));

        Assert.Equal("it", detector.Detect("il parlamento della repubblica").Language);
        Assert.Equal("en", detector.Detect("the parliament of the republic").Language);
    }

    [Fact]
    public void Should_ReadSupportedLanguages_When_FileListsCodes()
    {
        Write("languages/supported.txt", "# supported\nit\nen\n");

        var supported = SupportedLanguages.Load(new DataDirectory(root));

        Assert.Equal(["en", "it"], supported.Codes.ToArray());
        Assert.True(supported.Contains("it"));
        Assert.False(supported.Contains("fr"));
    }

    private void Write(string relative, string content) =>
        File.WriteAllText(Path.Combine(root, relative), content);
}
