namespace Dragoman.Evaluation;

/// <summary>True positives, false positives and misses, with precision, recall and F1 rounded as the reference scorer does.</summary>
public sealed record ScoreCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : Math.Round((double)TruePositives / (TruePositives + FalsePositives), 3);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : Math.Round((double)TruePositives / (TruePositives + FalseNegatives), 3);

    public double F1
    {
        get
        {
            var p = TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
            var r = TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
            return p + r == 0 ? 0 : Math.Round(2 * p * r / (p + r), 3);
        }
    }

    public ScoreCounts Add(ScoreCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ScoreCounts(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);
    }
}
