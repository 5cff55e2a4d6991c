using System.Text.Json;
using Dragoman.Storage;
using Dragoman.Storage.Queries;

namespace Dragoman.Web.Queries;

/// <summary>Counts events per period and QuadClass, with the Goldstein sum, for the "events over time" chart.</summary>
public static class EventTimeline
{
    /// <summary>Rows read at most for one timeline, so one request cannot scan an unbounded store.</summary>
    public const int MaxRows = 50_000;

    public static void Write(Utf8JsonWriter w, IEnumerable<EventRow> rows, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rows);
        var periods = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.EffectiveDate is not { } date)
            {
                continue;
            }

            var key = DyadSummary.Period(date, unit);
            if (!periods.TryGetValue(key, out var counts))
            {
                periods[key] = counts = new double[6];
            }

            counts[Math.Clamp(row.Event.QuadClass, 1, 4)]++;
            counts[0]++;
            counts[5] += row.Event.Goldstein;
        }

        w.WriteStartArray("timeline");
        foreach (var (period, counts) in periods)
        {
            w.WriteStartObject();
            w.WriteString("period", period);
            w.WriteNumber("events", counts[0]);
            w.WriteNumber("quad1", counts[1]);
            w.WriteNumber("quad2", counts[2]);
            w.WriteNumber("quad3", counts[3]);
            w.WriteNumber("quad4", counts[4]);
            w.WriteNumber("goldsteinSum", Math.Round(counts[5], 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
