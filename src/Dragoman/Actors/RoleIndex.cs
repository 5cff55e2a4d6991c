namespace Dragoman.Actors;

/// <summary>Finds who held an office on a date: (RUSGOV, head_of_state, 2024-06-19) → Vladimir Putin.</summary>
public sealed class RoleIndex
{
    private readonly Dictionary<(string Code, string Title), List<Person>> holders = [];

    public void Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var role in person.Roles)
        {
            var key = (role.Code, role.Title);
            if (!holders.TryGetValue(key, out var list))
            {
                list = [];
                holders[key] = list;
            }

            if (!list.Contains(person))
            {
                list.Add(person);
            }
        }
    }

    /// <summary>
    /// The holder of an office on a date; on a handover day (outgoing and incoming both listed)
    /// the one whose term started last.
    /// </summary>
    public Person? HolderOn(string code, string title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        if (!holders.TryGetValue((code, title), out var list))
        {
            return null;
        }

        Person? best = null;
        var bestStart = DateOnly.MinValue;
        foreach (var person in list)
        {
            foreach (var role in person.Roles)
            {
                if (role.Code == code && role.Title == title && role.IsValidOn(date) && (best is null || (role.From ?? DateOnly.MinValue) > bestStart))
                {
                    best = person;
                    bestStart = role.From ?? DateOnly.MinValue;
                }
            }
        }

        return best;
    }

    /// <summary>The next holder of an office after a date, within <paramref name="days"/> ("the president-elect").</summary>
    public Person? NextHolderAfter(string code, string title, DateOnly date, int days)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        if (!holders.TryGetValue((code, title), out var list))
        {
            return null;
        }

        Person? best = null;
        var bestStart = DateOnly.MaxValue;
        foreach (var person in list)
        {
            foreach (var role in person.Roles)
            {
                if (role.Code == code && role.Title == title && role.From is { } from && from > date && from.DayNumber - date.DayNumber <= days && from < bestStart)
                {
                    best = person;
                    bestStart = from;
                }
            }
        }

        return best;
    }
}
