using Xunit;
using Dragoman.Engine;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Engine;

public sealed class PipelineBenchmarkTests(EngineFixture fixture) : IClassFixture<EngineFixture>, IDisposable
{
    private const string Article =
        "Il ministro degli Esteri ha incontrato ieri a Roma l'omologo turco. I due governi hanno firmato un accordo sui corridoi del grano.";

    private readonly string folder = Directory.CreateTempSubdirectory("dragoman-bench-").FullName;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Should_ReportEveryPipelineAndStage_When_Run(int passes)
    {
        File.WriteAllText(Path.Combine(folder, "2025-03-01-accordo.it.txt"), Article);
        var corpus = BenchmarkCorpus.FromFolder(folder, 4096);

        var runs = new PipelineBenchmark(fixture.Engine, passes).Run(corpus);

        Assert.Equal(5 + fixture.Engine.Pipeline.Stages.Length, runs.Count);
        var text = runs[0];
        Assert.Equal(corpus.Bytes, text.Bytes);
        Assert.True(text.Seconds > 0);
        Assert.NotNull(text.CpuSeconds);
        Assert.True(text.Sentences >= 2 * corpus.Documents.Count);
        Assert.Contains(runs, r => r.Name.Contains("stage lemmatize", StringComparison.Ordinal) && r.Memory is not null);
    }

    [Theory]
    [InlineData("12345 67890 !!!")]
    [InlineData("Das Auswärtige Amt hat heute den Botschafter einbestellt und eine Erklärung verlangt.")]
    public void Should_SkipAndNameSample_When_PipelineRejectsIt(string rejected)
    {
        File.WriteAllText(Path.Combine(folder, "2025-03-01-accordo.it.txt"), Article);
        File.WriteAllText(Path.Combine(folder, "2025-03-02-rejected.txt"), rejected);

        var corpus = BenchmarkCorpus.FromFolder(folder, 4096, fixture.Engine.Pipeline);

        var reason = Assert.Single(corpus.Skipped);
        Assert.Contains("rejected", reason, StringComparison.Ordinal);
        Assert.All(corpus.Documents, d => Assert.Equal(Article, d.Text));
        Assert.NotEmpty(new PipelineBenchmark(fixture.Engine, 1).Run(corpus));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Should_Refuse_When_PassesAreFewerThanOne(int passes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineBenchmark(fixture.Engine, passes));
    }

    [Theory]
    [InlineData(2.0, 1048576L, 0.5)]
    [InlineData(0.0, 1048576L, null)]
    public void Should_GiveCpuRate_When_CpuTimeIsKnown(double cpuSeconds, long bytes, double? expected)
    {
        var run = new BenchmarkRun("x", 1, bytes, 1) { CpuSeconds = cpuSeconds };

        Assert.Equal(expected, run.CpuMegabytesPerSecond);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
