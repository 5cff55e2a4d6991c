using System.CommandLine;
using Dragoman.Data;
using Dragoman.Engine;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman dict check</c>: validates every data file and reports problems as file:line: message.</summary>
internal static class DictCommand
{
    public static Command Create(CliConsole console)
    {
        var check = new Command("check", "Validate all data files (formats, codes, overlapping roles, conflicting names)");
        check.SetAction(result =>
        {
            var problems = new DataChecker(DataDirectory.Locate(result.GetValue(CommonOptions.Data))).Check();
            foreach (var problem in problems)
            {
                console.Out.WriteLine(problem);
            }

            console.Out.WriteLine(problems.Count == 0 ? "data: no problems found" : $"data: {problems.Count} problem(s)");
            return problems.Count == 0 ? CommandLine.Ok : CommandLine.SomeInputsFailed;
        });
        var command = new Command("dict", "Work with the data files");
        command.Subcommands.Add(check);
        return command;
    }
}
