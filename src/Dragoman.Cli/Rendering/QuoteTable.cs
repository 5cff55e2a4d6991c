using System.Globalization;
using Dragoman.Documents;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>Quotes and reported speech with their speakers and how each speaker was found.</summary>
internal static class QuoteTable
{
    public static void Render(IAnsiConsole console, Document document)
    {
        var table = new Table().Title(Markup.Escape($"{document.Id}: {document.Quotes.Count} quotes")).Border(TableBorder.Rounded);
        table.AddColumns("#", "speaker", "code", "kind", "text", "how");
        foreach (var q in document.Quotes)
        {
            table.AddRow(
                q.Sentence.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(q.Speaker.Name),
                Markup.Escape(q.Speaker.Code),
                q.Direct ? "direct" : "indirect",
                Markup.Escape(q.Text),
                Markup.Escape(q.How));
        }

        console.Write(table);
    }
}
