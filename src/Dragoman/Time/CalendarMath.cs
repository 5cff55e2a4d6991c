namespace Dragoman.Time;

/// <summary>Date arithmetic for resolving time expressions against a publication date.</summary>
public static class CalendarMath
{
    /// <summary>ISO weekday number: 1 = Monday … 7 = Sunday.</summary>
    public static int IsoWeekday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7 + 1;

    /// <summary>The given weekday on or before <paramref name="reference"/> (strictly before when <paramref name="strict"/>).</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly reference, int weekday, bool strict)
    {
        var back = (IsoWeekday(reference) - weekday + 7) % 7;
        return reference.AddDays(-(back == 0 && strict ? 7 : back));
    }

    /// <summary>The given weekday on or after <paramref name="reference"/> (strictly after when <paramref name="strict"/>).</summary>
    public static DateOnly WeekdayOnOrAfter(DateOnly reference, int weekday, bool strict)
    {
        var ahead = (weekday - IsoWeekday(reference) + 7) % 7;
        return reference.AddDays(ahead == 0 && strict ? 7 : ahead);
    }

    /// <summary>A day and month without a year: the latest such date on or before the reference, or the earliest on or after it.</summary>
    public static DateOnly? DayMonth(DateOnly reference, int month, int day, bool future)
    {
        var year = reference.Year;
        if (!TryCreate(year, month, day, out var date) && !TryCreate(year + (future ? 1 : -1), month, day, out date))
        {
            return null;
        }

        if (!future && date > reference && TryCreate(date.Year - 1, month, day, out var earlier))
        {
            return earlier;
        }

        return future && date < reference && TryCreate(date.Year + 1, month, day, out var later) ? later : date;
    }

    /// <summary>The first day of the most recent (or next, when <paramref name="future"/>) month of that number.</summary>
    public static DateOnly Month(DateOnly reference, int month, bool future) =>
        future ? new DateOnly(month >= reference.Month ? reference.Year : reference.Year + 1, month, 1)
            : new DateOnly(month <= reference.Month ? reference.Year : reference.Year - 1, month, 1);

    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
