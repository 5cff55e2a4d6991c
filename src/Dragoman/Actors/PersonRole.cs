namespace Dragoman.Actors;

/// <summary>An office held between two dates (either end may be open): <c>RUSGOV head_of_state 2012-05-07..</c>.</summary>
public sealed record PersonRole(string Code, string Title, DateOnly? From, DateOnly? To)
{
    public bool IsValidOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);

    /// <summary>Days between the date and this role's period; 0 when the role is valid on the date.</summary>
    public int DistanceTo(DateOnly date)
    {
        if (From is { } from && date < from)
        {
            return from.DayNumber - date.DayNumber;
        }

        return To is { } to && date > to ? date.DayNumber - to.DayNumber : 0;
    }
}
