using System.CommandLine;
using Dragoman.Engine;
using Dragoman.Sources;
using Dragoman.Treaties;

namespace Dragoman.Cli.Commands;

/// <summary>Options of the treaty questions: documents to extract treaties from, and whether to use the knowledge base.</summary>
internal sealed class TreatySourceOptions
{
    public Option<string[]> FromText { get; } = new("--from-text", "--from")
    {
        Description = "Articles to extract treaties from (files, directories, .jsonl), merged with the knowledge base",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<bool> NoKnowledgeBase { get; } = new("--no-kb") { Description = "Use only treaties extracted from --from-text" };

    public Option<DateOnly?> DocumentDate { get; } = new("--doc-date") { Description = "Publication date (YYYY-MM-DD) of --from-text articles that do not carry one" };

    public Option<string> Language { get; } = CommonOptions.Language();

    public void AddTo(Command command)
    {
        command.Options.Add(FromText);
        command.Options.Add(NoKnowledgeBase);
        command.Options.Add(DocumentDate);
        command.Options.Add(Language);
        Language.AcceptOnlyFromAmong("auto", "it", "en");
    }

    /// <summary>Builds the graph; reports unreadable inputs on the console and counts them.</summary>
    public (AllianceGraph Graph, int Failures) Build(ParseResult result, DragomanEngine engine, CliConsole console)
    {
        var extracted = new List<Treaty>();
        var failures = 0;
        var paths = result.GetValue(FromText) ?? [];
        if (paths.Length > 0)
        {
            var language = result.GetValue(Language);
            var options = new SourceOptions { Language = language is null or "auto" ? null : language, Date = result.GetValue(DocumentDate) };
            var status = DocumentRunner.Run(console, paths, options, engine.Pipeline, document => extracted.AddRange(document.Treaties));
            failures = status == CommandLine.Ok ? 0 : 1;
        }

        var knowledgeBase = result.GetValue(NoKnowledgeBase) ? [] : engine.TreatyKnowledgeBase.Treaties;
        return (new AllianceGraph(knowledgeBase, extracted), failures);
    }
}
