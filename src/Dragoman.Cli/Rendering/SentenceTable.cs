using System.Globalization;
using Dragoman.Documents;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>A document's sentences with their token and lemma counts.</summary>
internal static class SentenceTable
{
    public static void Render(IAnsiConsole console, Document document)
    {
        var table = new Table().Title(Markup.Escape($"{document.Id}: sentences")).Border(TableBorder.Rounded);
        table.AddColumns("#", "start", "end", "tokens", "words", "text");
        foreach (var s in document.Sentences)
        {
            var tokens = document.TokensOf(s);
            var words = 0;
            foreach (var t in tokens)
            {
                words += t.IsWord ? 1 : 0;
            }

            var text = document.Text[s.Start..s.End];
            table.AddRow(
                s.Index.ToString(CultureInfo.InvariantCulture),
                s.Start.ToString(CultureInfo.InvariantCulture),
                s.End.ToString(CultureInfo.InvariantCulture),
                s.TokenCount.ToString(CultureInfo.InvariantCulture),
                words.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(text.Length > 100 ? text[..97] + "..." : text));
        }

        console.Write(table);
    }
}
