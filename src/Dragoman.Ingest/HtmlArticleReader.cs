using System.Text;
using AngleSharp.Html.Parser;
using Dragoman.Documents;
using Dragoman.Errors;
using SmartReader;

namespace Dragoman.Ingest;

/// <summary>
/// Turns an HTML page into a document: the main text by SmartReader (never its downloading
/// overload: the page is already here), title and date by <see cref="HtmlMetadata"/>.
/// </summary>
public sealed class HtmlArticleReader
{
    private readonly HtmlMetadata metadata;

    public HtmlArticleReader(HtmlMetaRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        metadata = new HtmlMetadata(rules);
    }

    /// <param name="input">The file or URL, for messages and the document's source.</param>
    /// <param name="url">The page's address, if it has one (relative links are resolved against it).</param>
    public Document Read(string input, string html, string? url, DocumentInfo defaults, string id)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(defaults);
        var page = new HtmlParser().ParseDocument(html);
        var article = new Reader(url ?? "https://localhost/", html).GetArticle();
        var text = Tidy(article.TextContent ?? "");
        if (text.Length == 0)
        {
            text = Tidy(page.Body?.TextContent ?? "");
        }

        if (text.Length == 0)
        {
            throw new InputException(ErrorCatalogue.NoArticleText(input));
        }

        return new Document(id, text, defaults with
        {
            Title = metadata.Title(page) ?? (string.IsNullOrWhiteSpace(article.Title) ? defaults.Title : article.Title),
            PublicationDate = metadata.Date(page) ?? defaults.PublicationDate,
            Url = url ?? defaults.Url,
            Source = input,
        });
    }

    /// <summary>Extracted text keeps the page's line structure but not its indentation or runs of blank lines.</summary>
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                blank = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank ? "\n\n" : "\n");
            }

            builder.Append(line);
            blank = false;
        }

        return builder.ToString();
    }
}
