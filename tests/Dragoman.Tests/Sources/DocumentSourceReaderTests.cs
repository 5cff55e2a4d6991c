using Dragoman.Sources;
using Dragoman.Tests.Storage;

namespace Dragoman.Tests.Sources;

public sealed class DocumentSourceReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("empty.txt", new byte[0], "input is empty")]
    [InlineData("blank.txt", new byte[] { 32, 10, 32 }, "input is empty")]
    [InlineData("binary.txt", new byte[] { 80, 75, 3, 4, 0, 0, 1 }, "looks binary")]
    [InlineData("latin1.txt", new byte[] { 67, 105, 116, 116, 224, 32, 0xE8 }, "not valid UTF-8")]
    public void Should_ReportInputByName_When_FileIsUnreadable(string name, byte[] bytes, string reason)
    {
        File.WriteAllBytes(folder.File(name), bytes);
        var result = Assert.Single(new DocumentSourceReader(new SourceOptions()).Read([folder.File(name)]));
        Assert.Null(result.Document);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_KeepReadingOtherLines_When_OneJsonLineIsBad()
    {
        File.WriteAllText(folder.File("batch.jsonl"), "{\"id\":\"a\",\"text\":\"Uno.\",\"date\":\"2024-06-20\",\"lang\":\"it\"}\n{broken\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
        var results = new DocumentSourceReader(new SourceOptions()).Read([folder.File("batch.jsonl")]).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("a", results[0].Document!.Id);
        Assert.Equal(new DateOnly(2024, 6, 20), results[0].Document!.PublicationDate);
        Assert.Contains("batch.jsonl:2", results[1].Error, StringComparison.Ordinal);
        Assert.Equal("c", results[2].Document!.Id);
    }

    [Fact]
    public void Should_ReadDirectoriesRecursivelyAndDateFilesByName_When_GivenAFolder()
    {
        Directory.CreateDirectory(folder.File("sub"));
        File.WriteAllText(folder.File("sub/2024-03-15-visit.it.txt"), "Il presidente ha visitato Kiev.");
        File.WriteAllText(folder.File("notes.bin"), "ignored");
        var result = Assert.Single(new DocumentSourceReader(new SourceOptions()).Read([folder.Path]));
        Assert.Equal(new DateOnly(2024, 3, 15), result.Document!.PublicationDate);
    }

    [Fact]
    public void Should_ReportMissingInput_When_PathDoesNotExist()
    {
        var result = Assert.Single(new DocumentSourceReader(new SourceOptions()).Read([folder.File("nope.txt")]));
        Assert.Contains("no such file or directory", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Should_ReportEmptyInput_When_StandardInputIsEmpty(string text)
    {
        var result = Assert.Single(new DocumentSourceReader(new SourceOptions(), () => new StringReader(text)).Read(["-"]));
        Assert.Contains("stdin: input is empty", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
