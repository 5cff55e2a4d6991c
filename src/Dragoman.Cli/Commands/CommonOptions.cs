using System.CommandLine;

namespace Dragoman.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Folder holding Dragoman's data files (default: DRAGOMAN_DATA, else data/ beside the program)",
        Recursive = true,
    };

    public static Option<bool> OneSided() => new("--one-sided")
    {
        Description = "Also write events whose doer is not named (\"soldiers were killed in an ambush\"); by default only events with both a source and a target are written, as in CAMEO",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string> Language() => new("--lang")
    {
        Description = "Language of the input: auto, it or en",
        DefaultValueFactory = _ => "auto",
    };

    public static Option<DateOnly?> Date() => new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that do not carry one",
    };

    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Text files, directories, .jsonl files, or - for standard input",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
