using System.CommandLine;
using Dragoman.Cli.Commands;
using Dragoman.Errors;

namespace Dragoman.Cli;

/// <summary>Builds the <c>dragoman</c> command tree and runs it; usage errors exit with 2.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var console = new CliConsole(output, error);
        var root = new RootCommand("Dragoman reads news in Italian and English and codes political events (CAMEO), actors, quotes and treaties.");
        root.Options.Add(CommonOptions.Data);
        root.Subcommands.Add(CodeCommand.Create(console));
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(ActorsCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(DictCommand.Create(console));
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(EventsCommand.Create(console));
        root.Subcommands.Add(DyadCommand.Create(console));
        root.Subcommands.Add(TopDyadsCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(AlliesCommand.Create(console));
        root.Subcommands.Add(TreatiesCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"dragoman: {problem.Message}");
            }

            error.WriteLine("Run 'dragoman --help' for usage.");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (DataFormatException e)
        {
            // Broken data is the user's to fix: say where, without a stack trace.
            error.WriteLine($"dragoman: {e.Message}");
            return SomeInputsFailed;
        }
    }
}
