namespace Dragoman.Storage.Queries;

/// <summary>
/// Events of one direction of a dyad in one period: counts per QuadClass (1 verbal cooperation,
/// 2 material cooperation, 3 verbal conflict, 4 material conflict) and the Goldstein sum and mean.
/// </summary>
public sealed record DyadPeriod(string Period, string Source, string Target, int Events, int Quad1, int Quad2, int Quad3, int Quad4, double GoldsteinSum)
{
    public double GoldsteinMean => Events == 0 ? 0 : GoldsteinSum / Events;
}
