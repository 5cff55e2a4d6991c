using System.CommandLine;
using System.Globalization;
using Dragoman.Cli.Rendering;
using Dragoman.Storage;
using Dragoman.Storage.Export;
using Spectre.Console;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman events</c>: stored events that match the filters, as a table, JSON Lines or CSV.</summary>
internal static class EventsCommand
{
    public static Command Create(CliConsole console)
    {
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var format = CommonOptions.Format("table", "jsonl", "csv");
        var limit = new Option<int>("--limit") { Description = "At most this many events (0: all)", DefaultValueFactory = _ => 0 };
        var command = new Command("events", "List stored events");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(limit);
        command.SetAction(result =>
        {
            using var store = StoreOptions.Open(console, result.GetValue(db));
            if (store is null)
            {
                return CommandLine.SomeInputsFailed;
            }

            var rows = store.Events(filters.Read(result, result.GetValue(limit)));
            switch (result.GetValue(format))
            {
                case "jsonl":
                    new JsonlEventWriter(console.Out).Write(rows);
                    break;
                case "csv":
                    new CsvEventWriter(console.Out).Write(rows);
                    break;
                default:
                    Render(SpectreFactory.Create(console.Out), rows);
                    break;
            }

            return CommandLine.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, IEnumerable<EventRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("date", "doc", "source", "event", "target", "mood", "trigger");
        var count = 0;
        foreach (var row in rows)
        {
            var e = row.Event;
            table.AddRow(
                row.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(row.DocumentId),
                Markup.Escape(e.Source is { } s ? $"{s.Code} {s.Name}" : "-"),
                Markup.Escape($"{e.Cameo} {e.Label} ({e.Goldstein.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture)})"),
                Markup.Escape(e.Target is { } t ? $"{t.Code} {t.Name}" : "-"),
                Markup.Escape((e.Negated ? "negated " : "") + e.Mood),
                Markup.Escape(e.Trigger));
            count++;
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture, $"{count} events"));
        console.Write(table);
    }
}
