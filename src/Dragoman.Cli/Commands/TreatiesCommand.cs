using System.CommandLine;
using Dragoman.Cli.Rendering;
using Dragoman.Output;
using Dragoman.Treaties;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman treaties</c>: the knowledge base (and extracted treaties) with a history line each.</summary>
internal static class TreatiesCommand
{
    public static Command Create(CliConsole console)
    {
        var party = new Option<string?>("--party") { Description = "Only treaties with this party (ISO 3166-1 alpha-3)" };
        var asOf = new Option<DateOnly?>("--as-of", "--date") { Description = "Show each treaty's phase on this date" };
        var format = CommonOptions.Format("table", "json");
        var sources = new TreatySourceOptions();
        var command = new Command("treaties", "List treaties: parties, dates, provisions, status and history");
        command.Options.Add(party);
        command.Options.Add(asOf);
        command.Options.Add(format);
        sources.AddTo(command);
        command.SetAction(result =>
        {
            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data));
            var (graph, failures) = sources.Build(result, engine, console);
            var code = result.GetValue(party)?.ToUpperInvariant();
            var treaties = graph.Treaties.Where(t => code is null || t.HasParty(code)).ToArray();
            var date = result.GetValue(asOf);
            if (result.GetValue(format) == "json")
            {
                var writer = new JsonRecordWriter(engine.Codebook, console.Out);
                foreach (var treaty in treaties)
                {
                    writer.WriteRecord(w =>
                    {
                        w.WriteString("kind", "treaty");
                        w.WriteString("doc", treaty.DocumentId);
                        TreatyJson.WriteTreatyFields(w, treaty);
                        w.WriteString("history", TreatyHistory.Describe(treaty, graph.Find));
                        if (date is { } d)
                        {
                            w.WriteString("phase", graph.PhaseOn(treaty, d).Explanation);
                        }
                    });
                }
            }
            else
            {
                TreatyTable.Render(SpectreFactory.Create(console.Out), graph, treaties, date);
            }

            return failures == 0 ? CommandLine.Ok : CommandLine.SomeInputsFailed;
        });
        return command;
    }
}
