using System.Text.Json;

namespace Dragoman.Treaties;

/// <summary>Writes treaties, provisions and bases as JSON objects (the <c>"kind":"treaty"</c> record and the allies answer).</summary>
public static class TreatyJson
{
    public static void WriteTreatyFields(Utf8JsonWriter w, Treaty treaty)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(treaty);
        w.WriteString("id", treaty.Id);
        w.WriteString("name", treaty.Name);
        if (treaty.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        WriteDate(w, "signed", treaty.Signed);
        WriteDate(w, "inForce", treaty.InForce);
        WriteDate(w, "ended", treaty.Ended);
        w.WriteString("endReason", treaty.EndReason);
        w.WriteString("status", TreatyValues.Name(treaty.Status));
        w.WriteBoolean("alliance", treaty.IsAlliance);
        w.WriteString("knowledgeBase", treaty.KnowledgeBaseId);
        w.WriteStartArray("parties");
        foreach (var party in treaty.Parties)
        {
            w.WriteStartObject();
            w.WriteString("code", party.Code);
            WriteDate(w, "joined", party.Joined);
            WriteDate(w, "left", party.Left);
            w.WriteString("successor", party.Successor);
            WriteDate(w, "succession", party.SuccessionDate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteProvisions(w, "provisions", treaty.Provisions.Where(p => !p.Excluded));
        WriteProvisions(w, "excludes", treaty.Provisions.Where(p => p.Excluded));
        w.WriteStartArray("supersedes");
        foreach (var id in treaty.Supersedes)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteString("supersededBy", treaty.SupersededBy);
        w.WriteString("note", treaty.Note);
        w.WriteStartArray("mentions");
        foreach (var m in treaty.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", m.Sentence);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("text", m.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteBasis(w, "basis", treaty.Basis);
    }

    public static void WriteProvision(Utf8JsonWriter w, Provision provision)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(provision);
        w.WriteStartObject();
        w.WriteString("type", TreatyValues.Name(provision.Type));
        w.WriteString("mode", TreatyValues.Name(provision.Mode));
        w.WriteString("article", provision.Article);
        WriteCodes(w, "obliged", provision.Obliged);
        WriteCodes(w, "protected", provision.Protected);
        w.WriteStartArray("conditions");
        foreach (var c in provision.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("kind", TreatyValues.Name(c.Kind));
            w.WriteString("text", c.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("note", provision.Note);
        WriteBasis(w, "basis", provision.Basis);
        w.WriteEndObject();
    }

    public static void WriteBasis(Utf8JsonWriter w, string name, FactBasis? basis)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (basis is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        WriteBasisValue(w, basis);
    }

    public static void WriteBasisValue(Utf8JsonWriter w, FactBasis basis)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(basis);
        w.WriteStartObject();
        w.WriteString("kind", basis.Kind switch { BasisKind.KnowledgeBase => "knowledge_base", BasisKind.Document => "document", _ => "inferred" });
        w.WriteString("citation", basis.Citation);
        if (basis.Sentence is { } sentence)
        {
            w.WriteNumber("sentence", sentence);
        }

        if (basis.Text is not null)
        {
            w.WriteString("text", basis.Text);
        }

        w.WriteEndObject();
    }

    public static void WriteCodes(Utf8JsonWriter w, string name, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(codes);
        w.WriteStartArray(name);
        foreach (var code in codes)
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
    }

    public static void WriteDate(Utf8JsonWriter w, string name, FuzzyDate? date)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (date is { } d)
        {
            w.WriteString(name, d.ToString());
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteProvisions(Utf8JsonWriter w, string name, IEnumerable<Provision> provisions)
    {
        w.WriteStartArray(name);
        foreach (var p in provisions)
        {
            WriteProvision(w, p);
        }

        w.WriteEndArray();
    }
}
