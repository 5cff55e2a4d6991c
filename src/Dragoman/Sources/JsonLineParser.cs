using System.Globalization;
using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Errors;

namespace Dragoman.Sources;

/// <summary>Reads one JSONL record <c>{"id","text","date"?,"lang"?,"title"?,"url"?}</c> into a document.</summary>
public static class JsonLineParser
{
    public static Document Parse(string input, int lineNumber, string line, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(ErrorCatalogue.BadJsonLine(input, lineNumber, "not an object"));
            }

            var text = Get(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InputException(ErrorCatalogue.BadJsonLine(input, lineNumber, "no \"text\""));
            }

            var id = Get(root, "id") ?? $"{Path.GetFileNameWithoutExtension(input)}-{lineNumber}";
            var date = Get(root, "date") is { } d ? ParseDate(input, lineNumber, d) : options.Date;
            return new Document(id, text, new DocumentInfo
            {
                Language = options.Language ?? Get(root, "lang") ?? Get(root, "language"),
                PublicationDate = date,
                Title = Get(root, "title"),
                Url = Get(root, "url"),
                Source = input,
            });
        }
        catch (JsonException e)
        {
            throw new InputException(ErrorCatalogue.BadJsonLine(input, lineNumber, e.Message), e);
        }
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly ParseDate(string input, int lineNumber, string text)
    {
        var head = text.Length >= 10 ? text[..10] : text;
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException(ErrorCatalogue.BadJsonLine(input, lineNumber, $"date '{text}' is not YYYY-MM-DD"));
    }
}
