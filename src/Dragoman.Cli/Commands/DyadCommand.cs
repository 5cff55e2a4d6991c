using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dragoman.Cli.Rendering;
using Dragoman.Storage.Queries;
using Spectre.Console;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman dyad A B</c>: per period and direction, event counts per QuadClass and the Goldstein sum and mean.</summary>
internal static class DyadCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console)
    {
        var a = new Argument<string>("a") { Description = "First actor: a code (RUSGOV) or a country (RUS)" };
        var b = new Argument<string>("b") { Description = "Second actor: a code or a country" };
        var db = StoreOptions.Db();
        var by = new Option<string>("--by") { Description = "Period: day, week or month", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var format = CommonOptions.Format("table", "json", "csv");
        var command = new Command("dyad", "Events between two actors over time, both directions");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(db);
        command.Options.Add(by);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            using var store = StoreOptions.Open(console, result.GetValue(db));
            if (store is null)
            {
                return CommandLine.SomeInputsFailed;
            }

            var first = EventFilterOptions.Code(result.GetValue(a))!;
            var second = EventFilterOptions.Code(result.GetValue(b))!;
            var unit = Enum.Parse<PeriodUnit>(result.GetValue(by)!, ignoreCase: true);
            var periods = DyadSummary.Summarize(store.DyadEvents(first, second, Storage.EventFilter.All), first, second, unit);
            switch (result.GetValue(format))
            {
                case "json":
                    console.Out.WriteLine(JsonSerializer.Serialize(periods, Json));
                    break;
                case "csv":
                    console.Out.Write("period,source,target,events,quad1,quad2,quad3,quad4,goldsteinSum,goldsteinMean\r\n");
                    foreach (var p in periods)
                    {
                        console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{p.Period},{p.Source},{p.Target},{p.Events},{p.Quad1},{p.Quad2},{p.Quad3},{p.Quad4},{p.GoldsteinSum},{p.GoldsteinMean:0.###}\r\n"));
                    }

                    break;
                default:
                    Render(SpectreFactory.Create(console.Out), periods, first, second);
                    break;
            }

            return CommandLine.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<DyadPeriod> periods, string a, string b)
    {
        var table = new Table().Title(Markup.Escape($"{a} ↔ {b}")).Border(TableBorder.Rounded);
        table.AddColumns("period", "direction", "events", "verbal coop", "material coop", "verbal conflict", "material conflict", "Goldstein sum", "mean");
        foreach (var p in periods)
        {
            table.AddRow(
                p.Period,
                Markup.Escape($"{p.Source} → {p.Target}"),
                Invariant(p.Events),
                Invariant(p.Quad1),
                Invariant(p.Quad2),
                Invariant(p.Quad3),
                Invariant(p.Quad4),
                p.GoldsteinSum.ToString("0.0", CultureInfo.InvariantCulture),
                p.GoldsteinMean.ToString("0.00", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
