namespace Dragoman.Time;

/// <summary>How precise a resolved time expression is; the date is the first day of the period.</summary>
public enum TimeGranularity
{
    Day,
    Week,
    Month,
    Year,
}
