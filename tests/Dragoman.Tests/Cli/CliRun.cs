using System.Globalization;
using Dragoman.Cli;

namespace Dragoman.Tests.Cli;

/// <summary>Runs the <c>dragoman</c> command in-process and captures what it writes.</summary>
public static class CliRun
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
