using System.Text.Json;

namespace Dragoman.Web.Json;

/// <summary>Turns JSON Lines written by a record writer into a JSON array property.</summary>
public static class RecordLines
{
    public static void WriteArray(Utf8JsonWriter w, string name, Action<TextWriter> lines)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(lines);
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        lines(buffer);
        w.WriteStartArray(name);
        foreach (var line in buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Re-parsed rather than written raw so the response's own (stricter) escaping applies.
            using var record = JsonDocument.Parse(line);
            record.RootElement.WriteTo(w);
        }

        w.WriteEndArray();
    }
}
