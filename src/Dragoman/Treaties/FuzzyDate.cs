using System.Globalization;

namespace Dragoman.Treaties;

/// <summary>A date known to the year, month or day, possibly approximate ("about 1991").</summary>
public readonly record struct FuzzyDate(DateOnly Date, DatePrecision Precision, bool Approximate = false)
{
    /// <summary>First day the date can denote.</summary>
    public DateOnly Earliest => Date;

    /// <summary>Last day the date can denote.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        _ => Date,
    };

    public int Year => Date.Year;

    public static FuzzyDate OfYear(int year, bool approximate = false) => new(new DateOnly(year, 1, 1), DatePrecision.Year, approximate);

    public static FuzzyDate OfDay(DateOnly date) => new(date, DatePrecision.Day);

    /// <summary>Parses <c>1991</c>, <c>1991-12</c> or <c>1991-12-26</c>, with an optional leading <c>~</c> for "about".</summary>
    public static bool TryParse(string text, out FuzzyDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var approximate = text.StartsWith('~');
        var body = approximate ? text[1..] : text;
        var parts = body.Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers[0] is < 1 or > 9999 || (numbers.Length > 1 && numbers[1] is < 1 or > 12))
        {
            return false;
        }

        if (numbers.Length == 3 && numbers[2] > DateTime.DaysInMonth(numbers[0], numbers[1]))
        {
            return false;
        }

        var value = new DateOnly(numbers[0], numbers.Length > 1 ? numbers[1] : 1, numbers.Length > 2 ? numbers[2] : 1);
        date = new FuzzyDate(value, (DatePrecision)(numbers.Length - 1), approximate);
        return true;
    }

    public override string ToString()
    {
        var body = Precision switch
        {
            DatePrecision.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return Approximate ? "~" + body : body;
    }
}
