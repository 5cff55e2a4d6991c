using System.Globalization;
using Dragoman.Treaties;

namespace Dragoman.Tests.Treaties;

/// <summary>Matches the one-line expectations of treaty spec files against extracted treaties and allies answers.</summary>
public static class TreatySpecMatcher
{
    /// <summary><c>parties=SUN/RUS+PRK year=1961 provisions=defence excludes=defence status=terminated mode=automatic kb=ID</c>.</summary>
    public static bool Matches(Treaty treaty, string expected)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(expected);
        foreach (var pair in expected.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var ok = key switch
            {
                "parties" => value.Split('+').All(side => treaty.Parties.Any(p => side.Split('/').Any(code => p.Names(code)))) && treaty.Parties.Count == value.Split('+').Length,
                "year" => treaty.Year == int.Parse(value, CultureInfo.InvariantCulture),
                "provisions" => value.Split(',').All(type => treaty.Provisions.Any(p => !p.Excluded && Name(p.Type) == type)),
                "excludes" => value.Split(',').All(type => treaty.Provisions.Any(p => p.Excluded && Name(p.Type) == type)),
                "mode" => treaty.Provisions.Any(p => !p.Excluded && p.Type == ProvisionType.Defence && p.Mode.ToString().Equals(value, StringComparison.OrdinalIgnoreCase)),
                "status" => TreatyHistory.StatusName(treaty.Status) == value,
                "kb" => treaty.KnowledgeBaseId == value,
                "ended" => treaty.Ended?.Year == int.Parse(value, CultureInfo.InvariantCulture),
                _ => throw new ArgumentException($"unknown key '{key}' in «{expected}»", nameof(expected)),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>STANDING HELPER [TREATY] [MODE]</c>, <c>absent HELPER [STANDING [TREATY]]</c>, or <c>count STANDING N</c>.</summary>
    public static bool Satisfies(IReadOnlyList<AllyTie> ties, string expected)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(expected);
        var parts = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts[0] switch
        {
            "absent" => !ties.Any(t => t.Helper == parts[1] && (parts.Length < 3 || Standing(t) == parts[2]) && (parts.Length < 4 || t.Treaty.Id == parts[3])),
            "count" => ties.Count(t => Standing(t) == parts[1]) == int.Parse(parts[2], CultureInfo.InvariantCulture),
            _ => ties.Any(t => Standing(t) == parts[0]
                && (t.Helper == parts[1] || parts[1] == "*")
                && (parts.Length < 3 || parts[2] == "*" || t.Treaty.Id == parts[2] || (parts[2] == "doc" && !t.Treaty.IsFromKnowledgeBase))
                && (parts.Length < 4 || (t.Provision?.Mode.ToString().Equals(parts[3], StringComparison.OrdinalIgnoreCase) ?? false))),
        };
    }

    public static string Describe(Treaty t) =>
        $"{t.Id} «{t.Name}» parties={string.Join('+', t.Parties.Select(p => p.Successor is null ? p.Code : $"{p.Code}/{p.Successor}"))} year={t.Year} " +
        $"provisions={string.Join(',', t.Provisions.Select(TreatyHistory.ProvisionSummary))} status={TreatyHistory.StatusName(t.Status)} supersedes={string.Join(',', t.Supersedes)}";

    private static string Standing(AllyTie tie) => tie.Standing switch
    {
        TieStanding.NotAlliance => "not-alliance",
        _ => tie.Standing.ToString().ToLowerInvariant(),
    };

    private static string Name(ProvisionType type) => type.ToString().ToLowerInvariant();
}
