using Dragoman.Time;

namespace Dragoman.Tests.Time;

public sealed class CalendarMathTests
{
    [Theory]
    [InlineData("2024-06-20", 3, false, "2024-06-19")]
    [InlineData("2024-06-20", 4, false, "2024-06-20")]
    [InlineData("2024-06-20", 4, true, "2024-06-13")]
    [InlineData("2024-06-20", 5, false, "2024-06-14")]
    public void Should_FindTheWeekdayOnOrBefore_When_ThePublicationDateIsGiven(string published, int weekday, bool strict, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CalendarMath.WeekdayOnOrBefore(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), weekday, strict));

    [Theory]
    [InlineData("2024-12-20", 12, 8, false, "2024-12-08")]
    [InlineData("2024-01-05", 12, 8, false, "2023-12-08")]
    [InlineData("2024-12-20", 1, 8, true, "2025-01-08")]
    public void Should_InferTheYear_When_ADayAndMonthHaveNone(string published, int month, int day, bool future, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CalendarMath.DayMonth(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), month, day, future));
}
