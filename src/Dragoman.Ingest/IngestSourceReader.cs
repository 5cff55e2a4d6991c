using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Sources;

namespace Dragoman.Ingest;

/// <summary>
/// Reads everything <c>dragoman ingest</c> accepts: text files, directories (recursively),
/// <c>.jsonl</c>, standard input, HTML pages, RSS/Atom feeds, and http(s) URLs of pages or feeds.
/// A bad input yields a failed result with a message naming it; the others are still read.
/// </summary>
public sealed class IngestSourceReader
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] FeedExtensions = [".rss", ".atom", ".xml"];
    private static readonly string[] PlainExtensions = [".txt", ".text", ".md", ".jsonl"];

    private readonly IngestOptions options;
    private readonly HtmlArticleReader pages;
    private readonly FeedDocumentReader feeds;
    private readonly DocumentSourceReader plain;
    private readonly UrlFetcher? fetcher;

    public IngestSourceReader(IngestOptions options, HtmlMetaRules rules, UrlFetcher? fetcher = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        this.options = options;
        this.fetcher = fetcher;
        pages = new HtmlArticleReader(rules);
        feeds = new FeedDocumentReader(pages);
        plain = new DocumentSourceReader(options.Defaults);
    }

    public IEnumerable<SourceResult> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.SelectMany(ReadOne).Select(CheckSize);
    }

    private IEnumerable<SourceResult> ReadOne(string input)
    {
        if (UrlFetcher.IsUrl(input))
        {
            return ReadUrl(input);
        }

        if (input != "-" && Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => Known(f, HtmlExtensions) || Known(f, FeedExtensions) || Known(f, PlainExtensions))
                .Order(StringComparer.Ordinal)
                .SelectMany(ReadOne);
        }

        if (input == "-" || !File.Exists(input) || !(Known(input, HtmlExtensions) || Known(input, FeedExtensions)))
        {
            return TooLarge(input) is { } failed ? [failed] : plain.Read([input]);
        }

        return TooLarge(input) is { } tooLarge ? [tooLarge] : ReadMarkup(input);
    }

    private IEnumerable<SourceResult> ReadMarkup(string input)
    {
        string markup;
        try
        {
            markup = TextDecoder.Decode(input, File.ReadAllBytes(input));
        }
        catch (InputException e)
        {
            return [SourceResult.Failed(input, e.Message)];
        }
        catch (IOException e)
        {
            return [SourceResult.Failed(input, $"{input}: {e.Message}")];
        }

        return Known(input, FeedExtensions)
            ? feeds.Read(input, markup, Path.GetDirectoryName(Path.GetFullPath(input)), options.Defaults)
            : [Page(input, markup, null, options.Defaults.Id ?? Path.GetFileNameWithoutExtension(input))];
    }

    private IEnumerable<SourceResult> ReadUrl(string url)
    {
        if (fetcher is null)
        {
            return [SourceResult.Failed(url, ErrorCatalogue.FetchFailed(url, "fetching URLs is not enabled"))];
        }

        string body;
        string? mediaType;
        try
        {
            (body, mediaType) = fetcher.Fetch(url, options.MaxBytes);
        }
        catch (InputException e)
        {
            return [SourceResult.Failed(url, e.Message)];
        }

        return LooksLikeFeed(body, mediaType)
            ? feeds.Read(url, body, null, options.Defaults)
            : [Page(url, body, url, options.Defaults.Id ?? url)];
    }

    private SourceResult Page(string input, string html, string? url, string id)
    {
        var defaults = new DocumentInfo { Language = options.Defaults.Language, PublicationDate = options.Defaults.Date };
        try
        {
            return SourceResult.Ok(input, pages.Read(input, html, url, defaults, id));
        }
        catch (InputException e)
        {
            return SourceResult.Failed(input, e.Message);
        }
    }

    private SourceResult? TooLarge(string input)
    {
        if (input == "-" || Known(input, [".jsonl"]) || !File.Exists(input))
        {
            return null;
        }

        var length = new FileInfo(input).Length;
        return length > options.MaxBytes ? SourceResult.Failed(input, ErrorCatalogue.InputTooLarge(input, length, options.MaxBytes)) : null;
    }

    /// <summary>Documents inside a .jsonl file (or from standard input) are checked once read.</summary>
    private SourceResult CheckSize(SourceResult result) =>
        result.Document is { } d && d.Text.Length > options.MaxBytes
            ? SourceResult.Failed(result.Input, ErrorCatalogue.InputTooLarge(result.Input, d.Text.Length, options.MaxBytes))
            : result;

    private static bool LooksLikeFeed(string body, string? mediaType)
    {
        if (mediaType is not null && (mediaType.Contains("rss", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("atom", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var head = body.AsSpan(0, Math.Min(body.Length, 1024));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Known(string path, string[] extensions) => extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
