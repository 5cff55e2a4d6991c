namespace Dragoman.Evaluation;

/// <summary>A gold event: accepted source codes, target codes and CAMEO roots; <c>sym</c> accepts either direction.</summary>
public sealed record GoldEvent(IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, IReadOnlyList<string> Roots, bool Symmetric)
{
    public bool Matches(string? source, string? target, string root) =>
        Roots.Contains(root)
        && ((CodeMatch(source, Sources) && CodeMatch(target, Targets)) || (Symmetric && CodeMatch(target, Sources) && CodeMatch(source, Targets)));

    /// <summary>Same rule as shared/tools/score-events: equal codes, "*" for any, or a code contained in an IGO/NGO code.</summary>
    public static bool CodeMatch(string? predicted, IReadOnlyList<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        foreach (var raw in accepted)
        {
            var a = raw.ToUpperInvariant();
            if (a == "*")
            {
                return true;
            }

            if (predicted is null)
            {
                continue;
            }

            var organisation = predicted.StartsWith("IGO", StringComparison.Ordinal) || predicted.StartsWith("NGO", StringComparison.Ordinal);
            if (predicted == a || (organisation && (((a is "IGO" or "NGO") && predicted.StartsWith(a, StringComparison.Ordinal)) || (a.Length >= 2 && predicted[3..].Contains(a, StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }
}
