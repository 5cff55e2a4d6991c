namespace Dragoman.Treaties;

/// <summary>Checks provision conditions against the attacker and place of the question.</summary>
internal static class ConditionChecker
{
    public static IReadOnlyList<ConditionCheck> Check(Provision provision, AllianceQuery query) =>
        provision.Conditions.Select(c => Check(c, query)).ToArray();

    private static ConditionCheck Check(TreatyCondition condition, AllianceQuery query) => condition.Kind switch
    {
        ConditionKind.Adversary when query.Attacker is null => new(condition, null, $"{condition.Text}; no attacker given"),
        ConditionKind.Adversary when condition.Values.Contains(query.Attacker) => new(condition, true, $"{condition.Text}: {query.Attacker} qualifies"),
        ConditionKind.Adversary => new(condition, false, $"{condition.Text}: {query.Attacker} does not qualify"),
        ConditionKind.Location when query.Location is null => new(condition, null, $"applies only to: {condition.Text}"),
        ConditionKind.Location when Mentions(condition.Outside, query.Location) => new(condition, false, $"{query.Location} is outside: {condition.Text}"),
        ConditionKind.Location when Mentions(condition.Values, query.Location) => new(condition, true, $"{query.Location} is covered: {condition.Text}"),
        ConditionKind.Location => new(condition, null, $"not recorded whether {query.Location} is covered: {condition.Text}"),
        _ => new(condition, null, $"to verify: {condition.Text}"),
    };

    private static bool Mentions(IReadOnlyList<string> places, string location) =>
        places.Any(p => location.Contains(p, StringComparison.OrdinalIgnoreCase) || p.Contains(location, StringComparison.OrdinalIgnoreCase));
}
