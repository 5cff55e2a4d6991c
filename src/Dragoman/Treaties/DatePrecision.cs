namespace Dragoman.Treaties;

/// <summary>How much of a <see cref="FuzzyDate"/> is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
