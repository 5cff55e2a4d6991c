using System.CommandLine;
using Dragoman.Sources;

namespace Dragoman.Cli.Commands;

/// <summary>The input arguments and options every document-reading command takes.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Inputs { get; } = CommonOptions.Inputs();

    public Option<string> Language { get; } = CommonOptions.Language();

    public Option<DateOnly?> Date { get; } = CommonOptions.Date();

    public Option<string?> Id { get; } = new("--id") { Description = "Document id for a single text input (default: the file name)" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Language);
        command.Options.Add(Date);
        command.Options.Add(Id);
        Language.AcceptOnlyFromAmong("auto", "it", "en");
    }

    public (IReadOnlyList<string> Inputs, SourceOptions Options) Read(ParseResult result)
    {
        var inputs = result.GetValue(Inputs) ?? [];
        var language = result.GetValue(Language);
        var options = new SourceOptions
        {
            Language = language is null or "auto" ? null : language,
            Date = result.GetValue(Date),
            Id = result.GetValue(Id),
        };
        return (inputs.Length == 0 && Console.IsInputRedirected ? ["-"] : inputs, options);
    }
}
