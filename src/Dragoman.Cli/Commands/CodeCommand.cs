using System.CommandLine;
using Dragoman.Cli.Rendering;
using Dragoman.Documents;
using Dragoman.Engine;
using Dragoman.Output;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman code</c>: the main job — events (and optionally sentences, mentions) from articles.</summary>
internal static class CodeCommand
{
    private static readonly string[] KnownKinds = ["events", "sentences", "mentions", "quotes", "treaties"];

    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = CommonOptions.Format("table", "jsonl");
        var kinds = new Option<string>("--kinds") { Description = "Record kinds to write: events, sentences, mentions, quotes, treaties (comma-separated)", DefaultValueFactory = _ => "events" };
        var explain = new Option<bool>("--explain") { Description = "Print, per sentence, the clause analysis and the rules tried" };
        var oneSided = CommonOptions.OneSided();
        var command = new Command("code", "Code the political events in articles");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(kinds);
        command.Options.Add(explain);
        command.Options.Add(oneSided);
        command.SetAction(result =>
        {
            var wanted = (result.GetValue(kinds) ?? "events").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (wanted.FirstOrDefault(k => !KnownKinds.Contains(k)) is { } unknown)
            {
                console.Error.WriteLine($"dragoman: unknown kind '{unknown}' (known: {string.Join(", ", KnownKinds)})");
                return CommandLine.UsageError;
            }

            var (paths, options) = inputs.Read(result);
            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data), result.GetValue(oneSided));
            var writer = new JsonRecordWriter(engine.Codebook, console.Out);
            var table = SpectreFactory.Create(console.Out);
            var asJson = result.GetValue(format) == "jsonl";
            var explaining = result.GetValue(explain);
            return DocumentRunner.Run(console, paths, options, engine.Pipeline, document =>
            {
                if (explaining)
                {
                    ExplainWriter.Write(console.Out, document, engine.Explain(document));
                }

                if (asJson)
                {
                    WriteJson(writer, document, wanted);
                    return;
                }

                if (wanted.Contains("sentences"))
                {
                    SentenceTable.Render(table, document);
                }

                if (wanted.Contains("mentions"))
                {
                    MentionTable.Render(table, document);
                }

                if (wanted.Contains("events"))
                {
                    EventTable.Render(table, document, engine.Codebook);
                }

                if (wanted.Contains("quotes"))
                {
                    QuoteTable.Render(table, document);
                }
            });
        });
        return command;
    }

    private static void WriteJson(JsonRecordWriter writer, Document document, string[] kinds)
    {
        if (kinds.Contains("sentences"))
        {
            writer.WriteSentences(document);
        }

        if (kinds.Contains("mentions"))
        {
            writer.WriteMentions(document);
        }

        if (kinds.Contains("events"))
        {
            writer.WriteEvents(document);
        }

        if (kinds.Contains("quotes"))
        {
            writer.WriteQuotes(document);
        }

        if (kinds.Contains("treaties"))
        {
            writer.WriteTreaties(document);
        }
    }
}
