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

    public Person? HolderOn(string code, string title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        if (!holders.TryGetValue((code, title), out var list))
        {
            return null;
        }

        foreach (var person in list)
        {
            if (person.Roles.Any(r => r.Code == code && r.Title == title && r.IsValidOn(date)))
            {
                return person;
            }
        }

        return null;
    }
}
