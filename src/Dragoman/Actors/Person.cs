namespace Dragoman.Actors;

/// <summary>A political figure with the roles they held (data/actors/people.tsv).</summary>
public sealed record Person(string Name, IReadOnlyList<PersonRole> Roles, string Source)
{
    /// <summary>The role valid on a date, else the closest one in time (a former leader is still coded by that office).</summary>
    public PersonRole? RoleOn(DateOnly date)
    {
        PersonRole? best = null;
        var bestDistance = int.MaxValue;
        foreach (var role in Roles)
        {
            var distance = role.DistanceTo(date);
            if (distance < bestDistance)
            {
                best = role;
                bestDistance = distance;
            }
        }

        return best;
    }
}
