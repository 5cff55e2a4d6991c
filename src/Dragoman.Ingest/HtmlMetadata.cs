using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace Dragoman.Ingest;

/// <summary>Reads a page's title and publication date from meta tags, JSON-LD and &lt;time&gt;, as the rules say.</summary>
public sealed class HtmlMetadata
{
    private readonly HtmlMetaRules rules;

    public HtmlMetadata(HtmlMetaRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
    }

    public string? Title(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var jsonLd = JsonLdObjects(page);
        return rules.For("title").Select(r => Find(page, jsonLd, r)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim()
               ?? (string.IsNullOrWhiteSpace(page.Title) ? null : page.Title.Trim());
    }

    public DateOnly? Date(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var jsonLd = JsonLdObjects(page);
        return rules.For("date").Select(r => ParseDate(Find(page, jsonLd, r))).FirstOrDefault(d => d is not null);
    }

    /// <summary>ISO dates and date-times; the date is the one written, not shifted to another time zone.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    private static string? Find(IDocument page, IReadOnlyList<JsonElement> jsonLd, HtmlMetaRule rule) => rule.Where switch
    {
        "meta" => page.QuerySelectorAll("meta")
            .FirstOrDefault(m => new[] { "name", "property", "itemprop" }.Any(a => string.Equals(m.GetAttribute(a), rule.Name, StringComparison.OrdinalIgnoreCase)))
            ?.GetAttribute("content"),
        "jsonld" => jsonLd.Select(o => FindKey(o, rule.Name)).FirstOrDefault(v => v is not null),
        _ => page.QuerySelectorAll("time")
            .FirstOrDefault(t => t.HasAttribute(rule.Name) || string.Equals(t.GetAttribute("itemprop"), rule.Name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("datetime"),
    };

    private static string? FindKey(JsonElement element, string key)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(key) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }

                return element.EnumerateObject().Select(p => FindKey(p.Value, key)).FirstOrDefault(v => v is not null);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(e => FindKey(e, key)).FirstOrDefault(v => v is not null);
            default:
                return null;
        }
    }

    /// <summary>Every parsable JSON-LD block; a broken one is ignored, as browsers and crawlers do.</summary>
    private static List<JsonElement> JsonLdObjects(IDocument page)
    {
        var objects = new List<JsonElement>();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                objects.Add(json.RootElement.Clone());
            }
            catch (JsonException)
            {
                // A malformed block says nothing about the page's date; the other sources may.
                continue;
            }
        }

        return objects;
    }
}
