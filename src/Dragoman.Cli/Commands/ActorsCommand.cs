using System.CommandLine;
using Dragoman.Cli.Rendering;
using Dragoman.Output;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman actors</c>: the actor mentions of articles with codes and resolution reasons.</summary>
internal static class ActorsCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = CommonOptions.Format("table", "jsonl");
        var command = new Command("actors", "List actor mentions: text, offsets, code, country, name and why");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            var (paths, options) = inputs.Read(result);
            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data));
            var writer = new JsonRecordWriter(engine.Codebook, console.Out);
            var table = SpectreFactory.Create(console.Out);
            var asJson = result.GetValue(format) == "jsonl";
            return DocumentRunner.Run(console, paths, options, engine.Pipeline, document =>
            {
                if (asJson)
                {
                    writer.WriteMentions(document);
                }
                else
                {
                    MentionTable.Render(table, document);
                }
            });
        });
        return command;
    }
}
