using Dragoman.Evaluation;
using Dragoman.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dragoman.Tests.Golden;

/// <summary>
/// The event spec files (Specs/events-*.md), scored like the gold set. The goal is F1 ≥ 0.90 per
/// language (issue 4); until the coder gets there this test guards the level reached so far, so
/// that no change makes it worse unnoticed.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class EventSpecTests(EngineFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("it", 0.93)]
    [InlineData("en", 0.90)]
    public void Should_NotFallBelowReachedF1_When_CodingOwnSpecSentences(string language, double floor)
    {
        var cases = SpecFileParser.ReadAll("events-*.md").Concat(SpecFileParser.ReadAll("quotes-dates-*.md"))
            .Where(c => c.Language == language && (c.Events.Count > 0 || c.NoEvents)).ToList();
        // A case that expects an event with no named doer ("- * 18 MLI") is coded as with --one-sided.
        var oneSided = cases.Where(c => c.Events.Any(e => !e.Optional && e.Sources.Contains("*"))).ToList();
        var scores = new GoldEvaluator(fixture.Engine).Evaluate(cases.Except(oneSided).Select(SpecGold.From))
            .Concat(new GoldEvaluator(fixture.OneSidedEngine).Evaluate(oneSided.Select(SpecGold.From))).ToList();
        foreach (var s in scores.Where(s => s.FalsePositives.Count > 0 || s.Misses.Count > 0))
        {
            output.WriteLine($"{s.Id}: " + string.Join("; ", s.FalsePositives.Select(p => $"FP {p}").Concat(s.Misses.Select(m => $"FN {string.Join('/', m.Sources)}->{string.Join('/', m.Targets)} {string.Join('/', m.Roots)}"))));
        }

        var fileOf = cases.ToDictionary(c => c.Id, c => c.File);
        foreach (var group in scores.GroupBy(s => fileOf[s.Id]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var fileTotal = EventScorer.Totals(group.ToList())["all"];
            output.WriteLine($"{Path.GetFileName(group.Key)}: P={fileTotal.Precision} R={fileTotal.Recall} F1={fileTotal.F1} (tp={fileTotal.TruePositives} fp={fileTotal.FalsePositives} fn={fileTotal.FalseNegatives})");
        }

        var total = EventScorer.Totals(scores)["all"];
        output.WriteLine($"{language}: {cases.Count} cases P={total.Precision} R={total.Recall} F1={total.F1} (tp={total.TruePositives} fp={total.FalsePositives} fn={total.FalseNegatives})");
        Assert.True(cases.Count >= 100, $"only {cases.Count} {language} event cases");
        Assert.True(total.F1 >= floor, $"{language} spec F1 {total.F1} fell below {floor} (goal: 0.90)");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Should_NotCountNegatedOrHypotheticalEvents_When_SpecMarksThem(string language)
    {
        var cases = SpecFileParser.ReadAll("events-*.md").Where(c => c.Language == language && c.Events.Any(e => e.Negated || e.Hypothetical)).ToList();
        Assert.NotEmpty(cases);
        var wrong = new List<string>();
        foreach (var c in cases)
        {
            var document = fixture.Engine.Process(new Documents.Document(c.Id, c.Text, new Documents.DocumentInfo { Language = c.Language, PublicationDate = c.Date }));
            var asserted = GoldEvaluator.Triples(document);
            foreach (var e in c.Events.Where(e => e.Negated || e.Hypothetical))
            {
                var gold = new GoldEvent(e.Sources, e.Targets, e.Roots, e.Symmetric);
                if (asserted.Any(p => gold.Matches(p.Source, p.Target, p.Root)))
                {
                    wrong.Add($"{c}: {string.Join('/', e.Sources)} {string.Join('/', e.Roots)} {string.Join('/', e.Targets)} counted as asserted");
                }
            }
        }

        output.WriteLine(string.Join("\n", wrong));
        Assert.True(wrong.Count <= cases.Count / 10, $"{wrong.Count} of {cases.Count} negated/hypothetical cases counted as asserted");
    }
}
