using System.Text.Json;
using Dragoman.Tests.Infrastructure;
using Dragoman.Tests.Storage;

namespace Dragoman.Tests.Cli;

[Collection(EngineCollection.Name)]
public sealed class CodeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Should_WriteEventRecordsWithTheSchema_When_FormatIsJsonl()
    {
        File.WriteAllText(folder.File("a.txt"), "Il presidente francese ha incontrato a Roma il premier italiano.");
        var (exit, output, _) = CliRun.Run("code", folder.File("a.txt"), "--lang", "it", "--date", "2024-06-20", "--format", "jsonl");
        Assert.Equal(0, exit);
        using var record = JsonDocument.Parse(output.Split('\n')[0]);
        var root = record.RootElement;
        foreach (var field in new[] { "kind", "doc", "sentence", "date", "source", "target", "cameo", "label", "root", "goldstein", "quadClass", "plover", "negated", "mood", "attribution", "evidence" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.Equal("FRA", root.GetProperty("source").GetProperty("country").GetString());
        Assert.StartsWith("patterns/it/", root.GetProperty("evidence").GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Should_WriteEventsWithNoNamedDoer_When_OneSidedIsGiven(bool oneSided, int expected)
    {
        File.WriteAllText(folder.File("ambush.txt"), "Three soldiers were killed in an ambush in northern Mali on Tuesday.");
        string[] args = ["code", folder.File("ambush.txt"), "--lang", "en", "--date", "2025-03-04", "--format", "jsonl"];
        var (exit, output, _) = CliRun.Run(oneSided ? [.. args, "--one-sided"] : args);
        Assert.Equal(0, exit);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"source\":null", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_ReportBadInputsAndCodeTheRest_When_BatchIsMixed()
    {
        File.WriteAllText(folder.File("good.txt"), "Spain criticized Morocco.");
        File.WriteAllBytes(folder.File("bad.txt"), [0, 1, 2, 3]);
        var (exit, output, error) = CliRun.Run("code", folder.File("good.txt"), folder.File("bad.txt"), folder.File("missing.txt"), "--lang", "en", "--format", "jsonl");
        Assert.Equal(1, exit);
        Assert.Contains("\"ESP\"", output, StringComparison.Ordinal);
        Assert.Contains("bad.txt", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code", "--format", "xml")]
    [InlineData("code", "--nope")]
    [InlineData("frobnicate")]
    public void Should_ExitWithTwo_When_UsageIsWrong(params string[] args) => Assert.Equal(2, CliRun.Run(args).Exit);

    [Theory]
    [InlineData("--help")]
    [InlineData("code", "--help")]
    [InlineData("eval", "--help")]
    public void Should_PrintHelp_When_Asked(params string[] args)
    {
        var (exit, output, _) = CliRun.Run(args);
        Assert.Equal(0, exit);
        Assert.Contains("Usage", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_ShowLemmas_When_Analyzing()
    {
        File.WriteAllText(folder.File("a.txt"), "I due leader hanno firmato l’accordo.");
        var (exit, output, _) = CliRun.Run("analyze", folder.File("a.txt"), "--lang", "it");
        Assert.Equal(0, exit);
        Assert.Contains("firmare", output, StringComparison.Ordinal);
        Assert.Contains("l'", output, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
