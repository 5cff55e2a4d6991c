using System.CommandLine;
using System.Globalization;
using Dragoman.Engine;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman bench</c>: throughput of the text stages and of the whole pipeline on a corpus built from samples/.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var megabytes = new Option<double>("--mb") { Description = "Size of the generated corpus in MB", DefaultValueFactory = _ => 5 };
        var passes = new Option<int>("--passes") { Description = "Timed passes per measurement; the fastest is reported", DefaultValueFactory = _ => 3 };
        var batch = new Option<int>("--batch") { Description = "Documents per batch for the batched full-pipeline run", DefaultValueFactory = _ => PipelineBenchmark.BatchSize };
        var samples = new Option<string?>("--samples") { Description = "Folder of sample articles (default: samples/ here, else beside the program)" };
        var command = new Command("bench", "Measure MB/s and sentences/s of the pipeline on one core");
        command.Options.Add(megabytes);
        command.Options.Add(samples);
        command.Options.Add(passes);
        command.Options.Add(batch);
        command.SetAction(result =>
        {
            var size = result.GetValue(megabytes);
            if (size is <= 0 or > 1000)
            {
                console.Error.WriteLine("dragoman: --mb must be between 0 and 1000");
                return CommandLine.UsageError;
            }

            var passCount = result.GetValue(passes);
            if (passCount is < 1 or > 100)
            {
                console.Error.WriteLine("dragoman: --passes must be between 1 and 100");
                return CommandLine.UsageError;
            }

            var batchSize = result.GetValue(batch);
            if (batchSize is < 2 or > 10_000)
            {
                console.Error.WriteLine("dragoman: --batch must be between 2 and 10000");
                return CommandLine.UsageError;
            }

            var folder = result.GetValue(samples) ?? (Directory.Exists("samples") ? "samples" : Path.Combine(AppContext.BaseDirectory, "samples"));
            if (!Directory.Exists(folder))
            {
                console.Error.WriteLine($"dragoman: {folder}: no such directory");
                return CommandLine.UsageError;
            }

            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data));
            var corpus = BenchmarkCorpus.FromFolder(folder, (long)(size * 1024 * 1024), engine.Pipeline);
            foreach (var reason in corpus.Skipped)
            {
                console.Error.WriteLine($"dragoman: skipped {reason}");
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Documents.Count} documents, {corpus.Bytes / 1048576.0:0.00} MB (UTF-8) from {folder}; {Environment.ProcessorCount} cores, one used"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fastest of {passCount} passes; 'cpu' is MB per second of processor time, steadier than wall-clock time on a busy machine"));
            foreach (var run in new PipelineBenchmark(engine, passCount, batchSize).Run(corpus))
            {
                var pause = run.GcPause is { } p ? string.Create(CultureInfo.InvariantCulture, $", paused {p.TotalMilliseconds:0} ms") : "";
                var memory = run.Memory is { } m ? string.Create(CultureInfo.InvariantCulture, $"  {m.Allocated / 1048576.0,8:0} MB allocated, GC {m.Gen0}/{m.Gen1}/{m.Gen2}{pause}") : "";
                var cpu = run.CpuMegabytesPerSecond is { } c ? string.Create(CultureInfo.InvariantCulture, $" ({c,7:0.00} cpu)") : "              ";
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.Name,-34} {run.MegabytesPerSecond,8:0.00} MB/s{cpu} {run.SentencesPerSecond,12:0} sentences/s {run.Seconds,8:0.000} s{memory}"));
            }

            return CommandLine.Ok;
        });
        return command;
    }
}
