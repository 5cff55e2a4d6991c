using System.Globalization;
using System.Text.Json;
using Dragoman.Errors;

namespace Dragoman.Evaluation;

/// <summary>Reads gold JSONL (<c>id, lang, date, text, events[], optional[]</c>).</summary>
public static class GoldReader
{
    public static IReadOnlyList<GoldDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(ErrorCatalogue.MissingInput(path));
        }

        var result = new List<GoldDocument>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                result.Add(Parse(json.RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InputException(ErrorCatalogue.BadJsonLine(path, number, e.Message), e);
            }
        }

        return result;
    }

    private static GoldDocument Parse(JsonElement root)
    {
        var date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        return new GoldDocument(
            root.GetProperty("id").GetString()!,
            root.TryGetProperty("lang", out var l) ? l.GetString() ?? "?" : "?",
            date,
            root.GetProperty("text").GetString()!,
            Events(root, "events"),
            Events(root, "optional"));
    }

    private static List<GoldEvent> Events(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return [];
        }

        return array.EnumerateArray().Select(e => new GoldEvent(
            Strings(e.GetProperty("s")),
            Strings(e.GetProperty("t")),
            Strings(e.GetProperty("root")),
            e.TryGetProperty("sym", out var sym) && sym.ValueKind == JsonValueKind.True)).ToList();
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToArray();
}
