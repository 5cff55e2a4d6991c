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

    public static bool IsElect(GazetteerEntry sector)
    {
        var titles = sector.Titles;
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].EndsWith(ElectSuffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The holder of one of the sector's titles in <paramref name="code"/>'s office, else in the
    /// government of <paramref name="country"/>; "counterpart" stands for the offices the last named
    /// person holds on the date. Writes how the person was found to <paramref name="reasons"/> when given.
    /// </summary>
    public Person? Find(string code, string? country, GazetteerEntry sector, DocumentMemory memory, DateOnly date, ReasonBuffer? reasons)
    {
        var government = country is not null && !IsGovernmentOf(code, country) ? country + "GOV" : null;
        var titles = sector.Titles;
        for (var i = 0; i < titles.Count; i++)
        {
            var title = titles[i];
            if (title != Counterpart)
            {
                if (FindHolder(title, code, government, date, reasons) is { } person)
                {
                    return person;
                }

                continue;
            }

            if (memory.LastPerson is not { } last)
            {
                continue;
            }

            for (var r = 0; r < last.Roles.Count; r++)
            {
                var role = last.Roles[r];
                if (role.IsValidOn(date) && FindHolder(role.Title, code, government, date, reasons) is { } person)
                {
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="country"/> followed by GOV, tested without building that string.</summary>
    private static bool IsGovernmentOf(string code, string country) =>
        code.Length == country.Length + 3 && code.StartsWith(country, StringComparison.Ordinal) && code.EndsWith("GOV", StringComparison.Ordinal);

    private Person? FindHolder(string title, string code, string? government, DateOnly date, ReasonBuffer? reasons) =>
        FindHolder(title, code, date, reasons) ?? (government is null ? null : FindHolder(title, government, date, reasons));

    private Person? FindHolder(string title, string office, DateOnly date, ReasonBuffer? reasons)
    {
        var person = title.EndsWith(ElectSuffix, StringComparison.Ordinal)
            ? roles.NextHolderAfter(office, title[..^ElectSuffix.Length], date, ElectWindowDays)
            : roles.HolderOn(office, title, date);
        if (person is not null)
        {
            reasons?.Add($"{title} of {office} on {date:yyyy-MM-dd}: {person.Source}");
        }

        return person;
    }
}
