using Dragoman.Documents;
using Dragoman.Engine;
using Dragoman.Errors;
using Dragoman.Pipeline;
using Dragoman.Sources;

namespace Dragoman.Cli.Commands;

/// <summary>Reads every input, processes each document, reports failures and keeps going.</summary>
internal static class DocumentRunner
{
    /// <summary>Documents coded together, stage by stage (<see cref="DragomanPipeline.ProcessBatch"/>): faster than one at a time.</summary>
    private const int BatchSize = DragomanPipeline.DefaultBatchSize;

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, SourceOptions options, DragomanPipeline pipeline, Action<Document> write)
    {
        if (inputs.Count == 0)
        {
            console.Error.WriteLine("dragoman: no input given (a file, a directory, a .jsonl file, or - for standard input)");
            return CommandLine.UsageError;
        }

        if (inputs.FirstOrDefault(i => i.StartsWith("--", StringComparison.Ordinal)) is { } option)
        {
            console.Error.WriteLine($"dragoman: unknown option '{option}' (see --help)");
            return CommandLine.UsageError;
        }

        var failures = 0;
        var batch = new List<Document>(BatchSize);
        foreach (var item in new DocumentSourceReader(options).Read(inputs))
        {
            if (item.Document is null)
            {
                console.Error.WriteLine($"dragoman: {item.Error}");
                failures++;
                continue;
            }

            batch.Add(item.Document);
            if (batch.Count == BatchSize)
            {
                failures += Flush(console, pipeline, batch, write);
            }
        }

        failures += Flush(console, pipeline, batch, write);
        return failures > 0 ? CommandLine.SomeInputsFailed : CommandLine.Ok;
    }

    /// <summary>Processes and writes the batch in input order, reports the documents a stage rejected, and empties it; returns how many failed.</summary>
    private static int Flush(CliConsole console, DragomanPipeline pipeline, List<Document> batch, Action<Document> write)
    {
        var failures = 0;
        var errors = pipeline.ProcessBatch(batch);
        for (var d = 0; d < batch.Count; d++)
        {
            if (errors[d] is { } error)
            {
                console.Error.WriteLine($"dragoman: {error.Message}");
                failures++;
                continue;
            }

            write(batch[d]);
        }

        batch.Clear();
        return failures;
    }
}
