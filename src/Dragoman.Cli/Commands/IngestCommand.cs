using System.CommandLine;
using Dragoman.Cli.Rendering;
using Dragoman.Data;
using Dragoman.Ingest;
using Spectre.Console;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman ingest</c>: read, code and store articles; re-running adds nothing that is already stored.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var db = StoreOptions.Db();
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse inputs larger than this many bytes", DefaultValueFactory = _ => IngestOptions.DefaultMaxBytes };
        var oneSided = CommonOptions.OneSided();
        var command = new Command("ingest", "Code articles (files, directories, .jsonl, HTML pages, RSS/Atom feeds, URLs) into the store");
        inputs.AddTo(command);
        command.Options.Add(db);
        command.Options.Add(maxBytes);
        command.Options.Add(oneSided);
        command.SetAction(result =>
        {
            var (paths, sourceOptions) = inputs.Read(result);
            if (paths.Count == 0)
            {
                console.Error.WriteLine("dragoman: no input given (a file, a directory, a .jsonl file, an HTML page, a feed, a URL, or - for standard input)");
                return CommandLine.UsageError;
            }

            var data = DataDirectory.Locate(result.GetValue(CommonOptions.Data));
            var engine = EngineHost.Load(data.Root, result.GetValue(oneSided));
            using var store = StoreOptions.Open(console, result.GetValue(db));
            if (store is null)
            {
                return CommandLine.SomeInputsFailed;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var options = new IngestOptions { Defaults = sourceOptions, MaxBytes = result.GetValue(maxBytes) };
            var reader = new IngestSourceReader(options, HtmlMetaRules.Load(data), new UrlFetcher(http));
            var ingester = new DocumentIngester(engine, store);
            var items = reader.Read(paths);
            var label = string.Join(' ', paths);
            var report = OnTerminal(console)
                ? WithProgress(ingester, items, label)
                : ingester.Ingest(items, label);
            WriteSummary(console, report);
            return report.Failures.Count > 0 ? CommandLine.SomeInputsFailed : CommandLine.Ok;
        });
        return command;
    }

    private static bool OnTerminal(CliConsole console) =>
        ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The number of inputs is not known before they are read, so the bar counts documents as they go.</summary>
    private static IngestReport WithProgress(DocumentIngester ingester, IEnumerable<Sources.SourceResult> items, string label)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting").IsIndeterminate();
                report = ingester.Ingest(items, label, r =>
                    task.Description = $"{r.Documents} stored, {r.Skipped} skipped, {r.Failures.Count} failed, {r.Events} events");
                task.StopTask();
            });
        return report!;
    }

    private static void WriteSummary(CliConsole console, IngestReport report)
    {
        console.Out.WriteLine(
            $"documents: {report.Documents} stored ({report.Inserted} new, {report.Replaced} replaced), events: {report.Events}, skipped: {report.Skipped} (already stored), failed: {report.Failures.Count}");
        foreach (var failure in report.Failures)
        {
            console.Error.WriteLine($"dragoman: {failure.Message}");
        }
    }
}
