using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dragoman.Storage.Export;

/// <summary>Writes stored events back as the JSON Lines event records of <c>dragoman code --format jsonl</c>.</summary>
public sealed class JsonlEventWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter output;

    public JsonlEventWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
    }

    public int Write(IEnumerable<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var count = 0;
        using var buffer = new MemoryStream();
        foreach (var row in rows)
        {
            buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(buffer, Options))
            {
                WriteEvent(w, row);
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            count++;
        }

        return count;
    }

    private static void WriteEvent(Utf8JsonWriter w, EventRow row)
    {
        var e = row.Event;
        w.WriteStartObject();
        w.WriteString("kind", "event");
        w.WriteString("doc", row.DocumentId);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("dateSource", e.DateSource);
        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("label", e.Label);
        w.WriteString("root", e.Root);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteNumber("quadClass", e.QuadClass);
        w.WriteString("plover", e.Plover);
        w.WriteBoolean("negated", e.Negated);
        w.WriteString("mood", e.Mood);
        if (e.AttributionText is { } text)
        {
            w.WriteStartObject("attribution");
            w.WriteString("by", e.AttributionBy);
            w.WriteString("text", text);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("attribution");
        }

        w.WriteStartObject("evidence");
        w.WriteNumber("start", e.EvidenceStart);
        w.WriteNumber("end", e.EvidenceEnd);
        w.WriteString("text", e.EvidenceText);
        w.WriteString("trigger", e.Trigger);
        w.WriteString("rule", e.Rule);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, StoredActor? actor)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("text", actor.Text);
        w.WriteString("name", actor.Name);
        w.WriteString("code", actor.Code);
        w.WriteString("country", actor.Country);
        w.WriteEndObject();
    }
}
