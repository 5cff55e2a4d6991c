using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Dragoman.Cli.Rendering;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman analyze</c>: tokens, lemmas and parts of speech per sentence, for debugging dictionaries.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var command = new Command("analyze", "Show the tokens, lemmas and parts of speech of each sentence");
        inputs.AddTo(command);
        command.SetAction(result =>
        {
            var (paths, options) = inputs.Read(result);
            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data));
            var output = SpectreFactory.Create(console.Out);
            return DocumentRunner.Run(console, paths, options, engine.TextPipeline, document =>
            {
                foreach (var sentence in document.Sentences)
                {
                    var table = new Table().Title(Markup.Escape($"{document.Id} #{sentence.Index} ({document.Language}): {document.Text[sentence.Start..sentence.End]}")).Border(TableBorder.Simple);
                    table.AddColumns("offsets", "token", "lemma", "pos", "features", "verb lemma");
                    foreach (var token in document.TokensOf(sentence))
                    {
                        table.AddRow(
                            $"{token.Start.ToString(CultureInfo.InvariantCulture)}-{token.End.ToString(CultureInfo.InvariantCulture)}",
                            Markup.Escape(token.Text),
                            Markup.Escape(token.Lemma),
                            token.Pos.ToString().ToUpperInvariant(),
                            Markup.Escape(token.Features ?? ""),
                            Markup.Escape(token.VerbLemma ?? ""));
                    }

                    output.Write(table);
                }
            });
        });
        return command;
    }
}
