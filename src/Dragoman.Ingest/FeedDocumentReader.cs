using System.Globalization;
using System.Xml;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Sources;

namespace Dragoman.Ingest;

/// <summary>
/// Reads an RSS or Atom feed into one document per item: the item's page when its link is a local
/// file, else its description (or content) with markup removed. An item with a date that cannot be
/// read is reported on its own; the other items are still read.
/// </summary>
public sealed class FeedDocumentReader
{
    private readonly HtmlArticleReader pages;

    public FeedDocumentReader(HtmlArticleReader pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        this.pages = pages;
    }

    /// <param name="input">The feed file or URL.</param>
    /// <param name="baseDirectory">Where relative item links are looked for, or null for a feed fetched from the web.</param>
    public IEnumerable<SourceResult> Read(string input, string xml, string? baseDirectory, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(options);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (XmlException e)
        {
            return [SourceResult.Failed(input, ErrorCatalogue.BadFeed(input, e.Message))];
        }
        catch (FeedTypeNotSupportedException e)
        {
            return [SourceResult.Failed(input, ErrorCatalogue.BadFeed(input, e.Message))];
        }

        return feed.Items.Select((item, index) => ReadItem(input, item, index + 1, baseDirectory, options)).ToList();
    }

    private SourceResult ReadItem(string input, FeedItem item, int number, string? baseDirectory, SourceOptions options)
    {
        var location = string.Create(CultureInfo.InvariantCulture, $"{input}#{number}");
        try
        {
            return SourceResult.Ok(location, Document(input, item, number, baseDirectory, options));
        }
        catch (InputException e)
        {
            return SourceResult.Failed(location, e.Message);
        }
        catch (IOException e)
        {
            return SourceResult.Failed(location, $"{location}: {e.Message}");
        }
    }

    private Document Document(string input, FeedItem item, int number, string? baseDirectory, SourceOptions options)
    {
        var date = ItemDate(input, item, number) ?? options.Date;
        var id = FirstOf(item.Id, item.Link) ?? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(input)}-{number}");
        var defaults = new DocumentInfo { Language = options.Language, PublicationDate = date, Title = Clean(item.Title), Url = item.Link, Source = input };
        if (LocalPage(item.Link, baseDirectory) is { } page)
        {
            var html = TextDecoder.Decode(page, File.ReadAllBytes(page));
            var document = pages.Read(page, html, null, defaults, id);
            return document.Info.PublicationDate is null && date is not null
                ? new Document(id, document.Text, document.Info with { PublicationDate = date })
                : document;
        }

        var text = HtmlArticleReader.Tidy(Strip(FirstOf(item.Description, item.Content) ?? ""));
        if (text.Length == 0)
        {
            throw new InputException(ErrorCatalogue.EmptyFeedItem(input, number));
        }

        return new Document(id, text, defaults);
    }

    private static DateOnly? ItemDate(string input, FeedItem item, int number)
    {
        if (item.PublishingDate is { } moment)
        {
            return DateOnly.FromDateTime(moment);
        }

        // An Atom entry need only carry <updated>; it is the best date such an entry has.
        if (item.SpecificItem is AtomFeedItem { PublishedDateString: null or "", UpdatedDate: { } updated })
        {
            return DateOnly.FromDateTime(updated);
        }

        var written = item.SpecificItem is AtomFeedItem { PublishedDateString: null or "" } atom ? atom.UpdatedDateString : item.PublishingDateString;
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        return HtmlMetadata.ParseDate(written) ?? throw new InputException(ErrorCatalogue.BadFeedDate(input, number, written.Trim()));
    }

    /// <summary>A link to a page that is on this disk: a <c>file:</c> URI or a path relative to the feed's folder.</summary>
    private static string? LocalPage(string? link, string? baseDirectory)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return uri.IsFile && File.Exists(uri.LocalPath) ? uri.LocalPath : null;
        }

        if (baseDirectory is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(baseDirectory, link));
        return File.Exists(path) ? path : null;
    }

    private static string Strip(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>").Body?.TextContent ?? "";

    private static string? Clean(string? title) => string.IsNullOrWhiteSpace(title) ? null : Strip(title).Trim();

    private static string? FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
