using System.Globalization;

namespace Dragoman.Storage.Export;

/// <summary>Writes events as RFC 4180 CSV with a header row, one event a row, actors flattened.</summary>
public sealed class CsvEventWriter
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "doc", "sentence", "date", "dateSource", "sourceCode", "sourceCountry", "sourceName", "sourceText",
        "targetCode", "targetCountry", "targetName", "targetText", "cameo", "label", "root", "goldstein", "quadClass",
        "plover", "negated", "mood", "attributionBy", "attributionText", "evidenceStart", "evidenceEnd", "evidenceText",
        "trigger", "rule", "url",
    ];

    private readonly TextWriter output;

    public CsvEventWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
    }

    public int Write(IEnumerable<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        WriteLine(Header);
        var count = 0;
        foreach (var row in rows)
        {
            WriteLine(Fields(row));
            count++;
        }

        return count;
    }

    private static string?[] Fields(EventRow row)
    {
        var e = row.Event;
        return
        [
            Invariant(row.Id), row.DocumentId, Invariant(e.Sentence), row.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DateSource,
            e.Source?.Code, e.Source?.Country, e.Source?.Name, e.Source?.Text,
            e.Target?.Code, e.Target?.Country, e.Target?.Name, e.Target?.Text,
            e.Cameo, e.Label, e.Root, e.Goldstein.ToString(CultureInfo.InvariantCulture), Invariant(e.QuadClass),
            e.Plover, e.Negated ? "true" : "false", e.Mood, e.AttributionBy, e.AttributionText,
            Invariant(e.EvidenceStart), Invariant(e.EvidenceEnd), e.EvidenceText, e.Trigger, e.Rule, row.Url,
        ];
    }

    private void WriteLine(IEnumerable<string?> fields)
    {
        output.Write(string.Join(',', fields.Select(Quote)));
        output.Write("\r\n");
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
