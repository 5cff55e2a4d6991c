using System.CommandLine;
using System.Text;
using Dragoman.Storage.Export;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman export</c>: stored events as GDELT 2.0 TSV, JSON Lines, CSV, or year/month-partitioned Parquet.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format", "-f") { Description = "gdelt, jsonl, csv or parquet", Required = true };
        format.AcceptOnlyFromAmong("gdelt", "jsonl", "csv", "parquet");
        var output = new Option<string>("--out", "-o") { Description = "Output file (a folder for parquet; - for standard output)", Required = true };
        var command = new Command("export", "Export stored events");
        command.Options.Add(db);
        command.Options.Add(format);
        command.Options.Add(output);
        filters.AddTo(command);
        command.SetAction(result =>
        {
            using var store = StoreOptions.Open(console, result.GetValue(db));
            if (store is null)
            {
                return CommandLine.SomeInputsFailed;
            }

            var rows = store.Events(filters.Read(result));
            var path = result.GetValue(output)!;
            var kind = result.GetValue(format)!;
            if (kind == "parquet")
            {
                if (path == "-")
                {
                    console.Error.WriteLine("dragoman: parquet is written to a folder (year=/month= partitions); give --out FOLDER");
                    return CommandLine.UsageError;
                }

                var written = ParquetEventExporter.ExportAsync(rows, path).GetAwaiter().GetResult();
                console.Error.WriteLine($"dragoman: {written} events written to {path}");
                return CommandLine.Ok;
            }

            var count = path == "-" ? Write(kind, rows, console.Out) : WriteFile(kind, rows, path);
            if (path != "-")
            {
                console.Error.WriteLine($"dragoman: {count} events written to {path}");
            }

            return CommandLine.Ok;
        });
        return command;
    }

    private static int WriteFile(string kind, IEnumerable<Storage.EventRow> rows, string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return Write(kind, rows, writer);
    }

    private static int Write(string kind, IEnumerable<Storage.EventRow> rows, TextWriter writer) => kind switch
    {
        "gdelt" => new GdeltEventWriter(writer).Write(rows),
        "csv" => new CsvEventWriter(writer).Write(rows),
        _ => new JsonlEventWriter(writer).Write(rows),
    };
}
