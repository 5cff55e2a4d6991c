namespace Dragoman.Treaties;

/// <summary>A treaty's life in one line: signed → in force → ended or superseded.</summary>
public static class TreatyHistory
{
    public static string Describe(Treaty treaty, Func<string, Treaty?> find)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(find);
        var steps = new List<string>();
        if (treaty.Supersedes.Count > 0)
        {
            steps.Add("replaces " + string.Join(", ", treaty.Supersedes.Select(id => find(id)?.Name ?? id)));
        }

        steps.Add(treaty.Signed is { } signed ? $"signed {signed}" : "signing date not recorded");
        if (treaty.InForce is { } inForce)
        {
            steps.Add($"in force {inForce}");
        }

        if (treaty.Ended is { } ended)
        {
            steps.Add($"ended {ended}{(treaty.EndReason is { } why ? $" ({why})" : string.Empty)}");
        }
        else if (treaty.Status is TreatyStatus.Terminated or TreatyStatus.Superseded && treaty.SupersededBy is null)
        {
            steps.Add($"{TreatyValues.Name(treaty.Status)} (date not stated)");
        }

        if (treaty.SupersededBy is { } by)
        {
            steps.Add($"superseded by {find(by)?.Name ?? by}");
        }

        return string.Join(" → ", steps);
    }

    public static string StatusName(TreatyStatus status) => TreatyValues.Name(status);

    public static string ProvisionSummary(Provision provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        var text = $"{TreatyValues.Name(provision.Type)}/{TreatyValues.Name(provision.Mode)}";
        if (provision.Excluded)
        {
            text = "no " + text;
        }

        return provision.Article is null ? text : $"{text} {provision.Article}";
    }
}
