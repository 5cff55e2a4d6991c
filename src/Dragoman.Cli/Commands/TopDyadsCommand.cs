using System.CommandLine;
using System.Globalization;
using Dragoman.Cli.Rendering;
using Spectre.Console;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman top-dyads</c>: the source→target pairs with the most events.</summary>
internal static class TopDyadsCommand
{
    public static Command Create(CliConsole console)
    {
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var limit = new Option<int>("--limit") { Description = "How many pairs", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format("table", "csv");
        var command = new Command("top-dyads", "The actor pairs with the most events");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(limit);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            using var store = StoreOptions.Open(console, result.GetValue(db));
            if (store is null)
            {
                return CommandLine.SomeInputsFailed;
            }

            var dyads = store.TopDyads(filters.Read(result), Math.Max(1, result.GetValue(limit)));
            if (result.GetValue(format) == "csv")
            {
                console.Out.Write("source,target,events,goldsteinSum\r\n");
                foreach (var d in dyads)
                {
                    console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{d.Source},{d.Target},{d.Events},{d.GoldsteinSum}\r\n"));
                }

                return CommandLine.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("source", "target", "events", "Goldstein sum");
            foreach (var d in dyads)
            {
                table.AddRow(Markup.Escape(d.Source), Markup.Escape(d.Target), d.Events.ToString(CultureInfo.InvariantCulture), d.GoldsteinSum.ToString("0.0", CultureInfo.InvariantCulture));
            }

            SpectreFactory.Create(console.Out).Write(table);
            return CommandLine.Ok;
        });
        return command;
    }
}
