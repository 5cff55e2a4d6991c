using System.Globalization;
using Dragoman.Documents;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>Actor mentions with their codes and why they resolved so.</summary>
internal static class MentionTable
{
    public static void Render(IAnsiConsole console, Document document)
    {
        var table = new Table().Title(Markup.Escape($"{document.Id}: {document.Mentions.Count} actor mentions")).Border(TableBorder.Rounded);
        table.AddColumns("#", "offsets", "text", "code", "country", "name", "reason");
        foreach (var m in document.Mentions)
        {
            table.AddRow(
                m.Sentence.ToString(CultureInfo.InvariantCulture),
                $"{m.Start}-{m.End}",
                Markup.Escape(document.Text[m.Start..m.End]),
                Markup.Escape(m.Members.Count > 0 ? string.Join("+", m.Members.Select(a => a.Code)) : m.Actor.Code),
                Markup.Escape(m.Actor.Country ?? "-"),
                Markup.Escape(m.Actor.Name),
                Markup.Escape(m.Reason));
        }

        console.Write(table);
    }
}
