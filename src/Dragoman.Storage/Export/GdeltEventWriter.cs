using System.Globalization;

namespace Dragoman.Storage.Export;

/// <summary>
/// Writes events in the GDELT 2.0 event format: tab-separated, no header, the 61 columns of
/// <see cref="GdeltColumns"/>. Fields Dragoman does not know (religion, ethnicity, tone, geography) are empty.
/// </summary>
public sealed class GdeltEventWriter
{
    private const int GeoColumns = 24;

    private readonly TextWriter output;

    public GdeltEventWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
    }

    public int Write(IEnumerable<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var count = 0;
        foreach (var row in rows)
        {
            output.Write(string.Join('\t', Fields(row)));
            output.Write('\n');
            count++;
        }

        return count;
    }

    public static IReadOnlyList<string> Fields(EventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var e = row.Event;
        var date = row.EffectiveDate;
        var fields = new List<string>(GdeltColumns.Names.Count)
        {
            Invariant(row.Id),
            date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            date?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "",
            date?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "",
            date is { } d ? (d.Year + (d.DayOfYear / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture) : "",
        };
        fields.AddRange(Actor(e.Source));
        fields.AddRange(Actor(e.Target));
        fields.Add(e.Sentence == 0 ? "1" : "0");
        fields.Add(e.Cameo);
        fields.Add(e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo);
        fields.Add(e.Root);
        fields.Add(Invariant(e.QuadClass));
        fields.Add(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
        fields.AddRange(["1", "1", "1", ""]);
        fields.AddRange(Enumerable.Repeat("", GeoColumns));
        fields.Add(row.IngestedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        fields.Add(Clean(row.Url ?? row.DocumentSource ?? row.DocumentId));
        return fields;
    }

    /// <summary>
    /// CAMEO actor codes are a country (3 letters) followed by role codes of 3 letters each;
    /// IGO and NGO codes carry the organisation as GDELT's known-group code.
    /// </summary>
    private static string[] Actor(StoredActor? actor)
    {
        if (actor is null)
        {
            return new string[10].Select(_ => "").ToArray();
        }

        var code = actor.Code;
        var roles = actor.Country is { } country && code.StartsWith(country, StringComparison.Ordinal) ? code[country.Length..] : code;
        var types = Chunks(roles).ToList();
        var knownGroup = "";
        if (actor.Country is null && types.Count > 1 && types[0] is "IGO" or "NGO")
        {
            knownGroup = types[1];
            types.RemoveAt(1);
        }

        return
        [
            code, Clean(actor.Name.ToUpperInvariant()), actor.Country ?? "", knownGroup, "", "", "",
            types.ElementAtOrDefault(0) ?? "", types.ElementAtOrDefault(1) ?? "", types.ElementAtOrDefault(2) ?? "",
        ];
    }

    private static IEnumerable<string> Chunks(string roles)
    {
        for (var i = 0; i + 3 <= roles.Length; i += 3)
        {
            yield return roles.Substring(i, 3);
        }
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
