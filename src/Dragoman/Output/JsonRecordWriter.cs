using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dragoman.Actors;
using Dragoman.Cameo;
using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Quotes;
using Dragoman.Treaties;

namespace Dragoman.Output;

/// <summary>Writes the JSON Lines records of DESIGN.md: events, sentences and mentions, one object a line.</summary>
public sealed class JsonRecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly CameoCodebook codebook;
    private readonly TextWriter output;

    public JsonRecordWriter(CameoCodebook codebook, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(output);
        this.codebook = codebook;
        this.output = output;
    }

    public void WriteEvents(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var e in document.Events)
        {
            WriteLine(w => WriteEvent(w, document, e));
        }
    }

    public void WriteSentences(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var s in document.Sentences)
        {
            WriteLine(w =>
            {
                w.WriteString("kind", "sentence");
                w.WriteString("doc", document.Id);
                w.WriteNumber("sentence", s.Index);
                w.WriteString("lang", document.Language);
                w.WriteNumber("start", s.Start);
                w.WriteNumber("end", s.End);
                w.WriteNumber("tokens", s.TokenCount);
                w.WriteNumber("lemmas", document.TokensOf(s).ToArray().Count(t => t.IsWord));
                w.WriteString("text", document.Text[s.Start..s.End]);
            });
        }
    }

    public void WriteMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var m in document.Mentions)
        {
            WriteLine(w =>
            {
                w.WriteString("kind", "mention");
                w.WriteString("doc", document.Id);
                w.WriteNumber("sentence", m.Sentence);
                w.WriteString("text", document.Text[m.Start..m.End]);
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("code", m.Actor.Code);
                w.WriteString("country", m.Actor.Country);
                w.WriteString("name", m.Actor.Name);
                w.WriteString("type", m.Kind.ToString().ToLowerInvariant());
                if (m.Members.Count > 0)
                {
                    w.WriteStartArray("members");
                    foreach (var member in m.Members)
                    {
                        w.WriteStringValue(member.Code);
                    }

                    w.WriteEndArray();
                }

                w.WriteString("reason", m.Reason);
            });
        }
    }

    public void WriteQuotes(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var q in document.Quotes)
        {
            WriteLine(w => WriteQuote(w, document, q));
        }
    }

    private static void WriteQuote(Utf8JsonWriter w, Document document, Quote q)
    {
        w.WriteString("kind", "quote");
        w.WriteString("doc", document.Id);
        w.WriteNumber("sentence", q.Sentence);
        w.WriteStartObject("speaker");
        w.WriteString("name", q.Speaker.Name);
        w.WriteString("code", q.Speaker.Code);
        w.WriteString("country", q.Speaker.Country);
        w.WriteEndObject();
        w.WriteString("text", q.Text);
        w.WriteBoolean("direct", q.Direct);
        w.WriteNumber("start", q.Start);
        w.WriteNumber("end", q.End);
    }

    public void WriteTreaties(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var treaty in document.Treaties)
        {
            WriteLine(w =>
            {
                w.WriteString("kind", "treaty");
                w.WriteString("doc", document.Id);
                TreatyJson.WriteTreatyFields(w, treaty);
            });
        }
    }

    /// <summary>Writes one JSON object a line from a caller-supplied body (the allies and treaties commands).</summary>
    public void WriteRecord(Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        WriteLine(body);
    }

    private void WriteEvent(Utf8JsonWriter w, Document document, CodedEvent e)
    {
        var cameo = codebook.Get(e.Cameo);
        w.WriteString("kind", "event");
        w.WriteString("doc", document.Id);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("dateSource", e.DateSource);
        WriteActor(w, "source", e.Source, e.SourceText);
        WriteActor(w, "target", e.Target, e.TargetText);
        w.WriteString("cameo", cameo.Code);
        w.WriteString("label", cameo.Label);
        w.WriteString("root", cameo.Root);
        w.WriteNumber("goldstein", cameo.Goldstein);
        w.WriteNumber("quadClass", cameo.QuadClass);
        w.WriteString("plover", cameo.Plover);
        w.WriteBoolean("negated", e.Negated);
        w.WriteString("mood", e.Mood.ToString().ToLowerInvariant());
        if (e.Attribution is { } a)
        {
            w.WriteStartObject("attribution");
            w.WriteString("by", a.By);
            w.WriteString("text", a.Text);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("attribution");
        }

        w.WriteStartArray("quantities");
        foreach (var q in e.Quantities)
        {
            w.WriteStartObject();
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("bound", q.Bound);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("evidence");
        w.WriteNumber("start", e.Evidence.Start);
        w.WriteNumber("end", e.Evidence.End);
        w.WriteString("text", document.Text[e.Evidence.Start..e.Evidence.End]);
        w.WriteString("trigger", e.Evidence.Trigger);
        w.WriteString("rule", e.Evidence.Rule);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, Actor? actor, string? text)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteString("name", actor.Name);
        w.WriteString("code", actor.Code);
        w.WriteString("country", actor.Country);
        w.WriteEndObject();
    }

    private void WriteLine(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
