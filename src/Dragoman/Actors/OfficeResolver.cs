namespace Dragoman.Actors;

/// <summary>
/// Finds the person a role phrase names on a date: "the U.S. president" → the holder of
/// USAGOV president or head_of_state; "NATO secretary general" → the holder of IGOWSTNAT
/// secretary_general; "president-elect" → the next holder; "counterpart" → the holder of the
/// office the last named person holds, in the phrase's own country.
/// </summary>
internal sealed class OfficeResolver(RoleIndex roles)
{
    private const string ElectSuffix = "_elect";
    private const string Counterpart = "counterpart";

    /// <summary>How far ahead a "president-elect" may take office.</summary>
    private const int ElectWindowDays = 120;

    public static bool IsCounterpart(GazetteerEntry sector) => sector.Titles.Contains(Counterpart);

    public static bool IsElect(GazetteerEntry sector) => sector.Titles.Any(t => t.EndsWith(ElectSuffix, StringComparison.Ordinal));

    public Person? Find(string code, string? country, GazetteerEntry sector, DocumentMemory memory, DateOnly date, List<string> reasons)
    {
        string[] codes = country is not null && code != country + "GOV" ? [code, country + "GOV"] : [code];
        foreach (var title in TitlesOf(sector, memory, date))
        {
            foreach (var office in codes)
            {
                var person = title.EndsWith(ElectSuffix, StringComparison.Ordinal)
                    ? roles.NextHolderAfter(office, title[..^ElectSuffix.Length], date, ElectWindowDays)
                    : roles.HolderOn(office, title, date);
                if (person is not null)
                {
                    reasons.Add($"{title} of {office} on {date:yyyy-MM-dd}: {person.Source}");
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>The sector's titles; "counterpart" stands for the offices the last named person holds on the date.</summary>
    private static IEnumerable<string> TitlesOf(GazetteerEntry sector, DocumentMemory memory, DateOnly date)
    {
        foreach (var title in sector.Titles)
        {
            if (title != Counterpart)
            {
                yield return title;
                continue;
            }

            foreach (var role in memory.LastPerson?.Roles.Where(r => r.IsValidOn(date)) ?? [])
            {
                yield return role.Title;
            }
        }
    }
}
