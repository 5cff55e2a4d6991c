using System.Globalization;

namespace Dragoman.Storage.Queries;

/// <summary>Groups a dyad's events by period and direction (A→B, B→A). Undated events are left out.</summary>
public static class DyadSummary
{
    public static IReadOnlyList<DyadPeriod> Summarize(IEnumerable<EventRow> events, string a, string b, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(events);
        var groups = new SortedDictionary<(string Period, bool Forward), List<StoredEvent>>();
        foreach (var row in events)
        {
            if (row.EffectiveDate is not { } date || row.Event.Source is not { } source)
            {
                continue;
            }

            var key = (Period(date, unit), Matches(source, a));
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(row.Event);
        }

        return [.. groups
            .OrderBy(g => g.Key.Period, StringComparer.Ordinal).ThenByDescending(g => g.Key.Forward)
            .Select(g => new DyadPeriod(
                g.Key.Period,
                g.Key.Forward ? a : b,
                g.Key.Forward ? b : a,
                g.Value.Count,
                g.Value.Count(e => e.QuadClass == 1),
                g.Value.Count(e => e.QuadClass == 2),
                g.Value.Count(e => e.QuadClass == 3),
                g.Value.Count(e => e.QuadClass == 4),
                g.Value.Sum(e => e.Goldstein)))];
    }

    public static string Period(DateOnly date, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodUnit.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}"),
    };

    private static bool Matches(StoredActor actor, string code) =>
        string.Equals(actor.Code, code, StringComparison.OrdinalIgnoreCase) || string.Equals(actor.Country, code, StringComparison.OrdinalIgnoreCase);
}
