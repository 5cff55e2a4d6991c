using Dragoman.Documents;
using Dragoman.Engine;
using Dragoman.Errors;
using Dragoman.Sources;

namespace Dragoman.Cli.Commands;

/// <summary>Reads every input, processes each document, reports failures and keeps going.</summary>
internal static class DocumentRunner
{
    public static int Run(CliConsole console, IReadOnlyList<string> inputs, SourceOptions options, Func<Document, Document> process, Action<Document> write)
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
        foreach (var item in new DocumentSourceReader(options).Read(inputs))
        {
            if (item.Document is null)
            {
                console.Error.WriteLine($"dragoman: {item.Error}");
                failures++;
                continue;
            }

            try
            {
                write(process(item.Document));
            }
            catch (DragomanException e)
            {
                console.Error.WriteLine($"dragoman: {e.Message}");
                failures++;
            }
        }

        return failures > 0 ? CommandLine.SomeInputsFailed : CommandLine.Ok;
    }

    public static Func<Document, Document> Processor(DragomanEngine engine) => engine.Process;
}
