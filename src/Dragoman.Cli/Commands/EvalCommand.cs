using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dragoman.Engine;
using Dragoman.Errors;
using Dragoman.Evaluation;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman eval</c>: codes gold documents and scores them as shared/tools/score-events does.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file (id, lang, date, text, events[], optional[])", Required = true };
        var format = CommonOptions.Format("text", "json");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List false positives and misses per document" };
        var oneSided = CommonOptions.OneSided();
        var command = new Command("eval", "Score coded events against a gold file (precision, recall, F1 per language)");
        command.Options.Add(gold);
        command.Options.Add(format);
        command.Options.Add(verbose);
        command.Options.Add(oneSided);
        command.SetAction(result =>
        {
            IReadOnlyList<GoldDocument> documents;
            try
            {
                documents = GoldReader.Read(result.GetValue(gold)!);
            }
            catch (InputException e)
            {
                console.Error.WriteLine($"dragoman: {e.Message}");
                return CommandLine.SomeInputsFailed;
            }

            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data), result.GetValue(oneSided));
            var scores = new GoldEvaluator(engine).Evaluate(documents);
            var totals = EventScorer.Totals(scores);
            if (result.GetValue(format) == "json")
            {
                WriteJson(console.Out, totals);
                return CommandLine.Ok;
            }

            if (result.GetValue(verbose))
            {
                foreach (var s in scores.Where(s => s.FalsePositives.Count > 0 || s.Misses.Count > 0))
                {
                    var parts = s.FalsePositives.Select(p => $"FP {p}").OrderBy(x => x, StringComparer.Ordinal)
                        .Concat(s.Misses.Select(m => $"FN {string.Join('/', m.Sources)}->{string.Join('/', m.Targets)} {string.Join('/', m.Roots)}"));
                    console.Out.WriteLine($"{s.Id}: {string.Join("; ", parts)}");
                }
            }

            foreach (var (key, c) in totals)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,4}: P={c.Precision:0.000} R={c.Recall:0.000} F1={c.F1:0.000} (tp={c.TruePositives} fp={c.FalsePositives} fn={c.FalseNegatives})"));
            }

            return CommandLine.Ok;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, SortedDictionary<string, ScoreCounts> totals)
    {
        var shaped = totals.ToDictionary(p => p.Key, p => new
        {
            tp = p.Value.TruePositives,
            fp = p.Value.FalsePositives,
            fn = p.Value.FalseNegatives,
            precision = p.Value.Precision,
            recall = p.Value.Recall,
            f1 = p.Value.F1,
        });
        output.WriteLine(JsonSerializer.Serialize(shaped));
    }
}
