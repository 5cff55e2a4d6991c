using Dragoman.Cli;

namespace Dragoman.Tests.Treaties;

/// <summary>The <c>allies</c> and <c>treaties</c> commands end to end through the command line.</summary>
public sealed class AlliesCommandTests
{
    [Theory]
    [InlineData("allies PRK --as-of 2025-01-01 --format json", "\"helper\":\"RUS\"")]
    [InlineData("allies POL --date 2024-07-01", "North Atlantic Treaty")]
    [InlineData("allies JPN --location Senkaku --as-of 2024-07-01", "Senkaku is covered")]
    [InlineData("treaties --party PRK --format json", "signed 1961-07-06 → in force 1961-09-10 → ended 1996-09-10")]
    [InlineData("treaties --party SWE --format json", "\"kind\":\"treaty\"")]
    public void Should_PrintAnswer_When_RunningTreatyCommand(string arguments, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var status = CommandLine.Run(arguments.Split(' '), output, error);
        Assert.True(status == CommandLine.Ok, error.ToString());
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_WriteTreatyRecords_When_CodingWithTreatyKind()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "defence-pact.en.txt");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var status = CommandLine.Run(["code", path, "--date", "2025-09-18", "--kinds", "events,treaties", "--format", "jsonl"], output, error);
        Assert.True(status == CommandLine.Ok, error.ToString());
        Assert.Equal(2, output.ToString().Split('\n').Count(l => l.StartsWith("{\"kind\":\"treaty\"", StringComparison.Ordinal)));
    }
}
