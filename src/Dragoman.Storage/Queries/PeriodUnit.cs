namespace Dragoman.Storage.Queries;

public enum PeriodUnit
{
    Day,
    Week,
    Month,
}
