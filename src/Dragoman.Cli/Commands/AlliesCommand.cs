using System.CommandLine;
using Dragoman.Cli.Rendering;
using Dragoman.Output;
using Dragoman.Treaties;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman allies COUNTRY</c>: who is bound to help a country attacked on a date, how, and on what basis.</summary>
internal static class AlliesCommand
{
    public static Command Create(CliConsole console)
    {
        var country = new Argument<string>("country") { Description = "The attacked country (ISO 3166-1 alpha-3, e.g. PRK, POL)" };
        var asOf = new Option<DateOnly?>("--as-of", "--date") { Description = "Date of the attack (YYYY-MM-DD; default: today)" };
        var attacker = new Option<string?>("--attacker") { Description = "Code of the attacking state, to check adversary conditions" };
        var location = new Option<string?>("--location") { Description = "Where the attack happens, to check location conditions (e.g. Senkaku)" };
        var format = CommonOptions.Format("table", "json");
        var sources = new TreatySourceOptions();
        var command = new Command("allies", "Who is bound to help COUNTRY if attacked: treaty, article, automatic or discretionary, conditions, basis");
        command.Arguments.Add(country);
        command.Options.Add(asOf);
        command.Options.Add(attacker);
        command.Options.Add(location);
        command.Options.Add(format);
        sources.AddTo(command);
        command.SetAction(result =>
        {
            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data));
            var (graph, failures) = sources.Build(result, engine, console);
            var query = new AllianceQuery(result.GetValue(country)!.ToUpperInvariant(), result.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.UtcNow))
            {
                Attacker = result.GetValue(attacker)?.ToUpperInvariant(),
                Location = result.GetValue(location),
            };
            var ties = graph.Ask(query);
            if (result.GetValue(format) == "json")
            {
                new JsonRecordWriter(engine.Codebook, console.Out).WriteRecord(w => AllyJson.Write(w, query, ties));
            }
            else
            {
                AllyTable.Render(SpectreFactory.Create(console.Out), query, ties);
            }

            return failures == 0 ? CommandLine.Ok : CommandLine.SomeInputsFailed;
        });
        return command;
    }
}
