using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Evaluation;
using Dragoman.Output;
using Dragoman.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dragoman.Tests.Golden;

/// <summary>The development gold set in ../shared (read there, never copied): accuracy and agreement with the reference scorer.</summary>
[Collection(EngineCollection.Name)]
public sealed class GoldDevTests(EngineFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Should_FindTheSixRequiredEvents_When_CodingTheFoundingArticle()
    {
        if (SharedFolder.File("samples/gold-dev.jsonl") is not { } path)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        var seed = GoldReader.Read(path).Single(d => d.Id == "seed-putin-kim");
        var score = new GoldEvaluator(fixture.Engine).Evaluate([seed]).Single();
        output.WriteLine(string.Join("\n", score.FalsePositives.Select(p => $"FP {p}")));
        Assert.Equal(6, seed.Events.Count);
        Assert.Empty(score.Misses);
    }

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Should_ReachF1OfNinetyPercent_When_ScoringGoldDev(string language)
    {
        if (SharedFolder.File("samples/gold-dev.jsonl") is not { } path)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        var scores = new GoldEvaluator(fixture.Engine).Evaluate(GoldReader.Read(path));
        var total = EventScorer.Totals(scores)[language];
        output.WriteLine($"{language}: P={total.Precision} R={total.Recall} F1={total.F1}");
        Assert.True(total.F1 >= 0.90, $"{language} F1 {total.F1}");
    }

    [Fact]
    public void Should_AgreeWithReferenceScorer_When_ScoringGoldDev()
    {
        var gold = SharedFolder.File("samples/gold-dev.jsonl");
        var scorer = SharedFolder.File("tools/score-events");
        if (gold is null || scorer is null)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        var predictions = Path.Combine(Path.GetTempPath(), $"dragoman-pred-{Guid.NewGuid():N}.jsonl");
        using (var writer = new StreamWriter(predictions))
        {
            var records = new JsonRecordWriter(fixture.Engine.Codebook, writer);
            foreach (var d in GoldReader.Read(gold))
            {
                records.WriteEvents(fixture.Engine.Process(new Document(d.Id, d.Text, new DocumentInfo { Language = d.Language, PublicationDate = d.Date })));
            }
        }

        var ours = EventScorer.Totals(new GoldEvaluator(fixture.Engine).Evaluate(GoldReader.Read(gold)));
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { scorer, gold, predictions, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        File.Delete(predictions);
        Assert.Equal(0, process.ExitCode);
        using var reference = JsonDocument.Parse(json);
        foreach (var (key, counts) in ours)
        {
            var r = reference.RootElement.GetProperty(key);
            Assert.Equal(r.GetProperty("tp").GetInt32(), counts.TruePositives);
            Assert.Equal(r.GetProperty("fp").GetInt32(), counts.FalsePositives);
            Assert.Equal(r.GetProperty("fn").GetInt32(), counts.FalseNegatives);
            Assert.Equal(r.GetProperty("f1").GetDouble().ToString(CultureInfo.InvariantCulture), counts.F1.ToString(CultureInfo.InvariantCulture));
        }
    }
}
