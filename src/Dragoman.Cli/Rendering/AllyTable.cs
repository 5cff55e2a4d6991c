using System.Globalization;
using Dragoman.Treaties;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>The allies answer as tables, one per standing: bound, pending, consultation only, not binding.</summary>
internal static class AllyTable
{
    private static readonly (TieStanding Standing, string Title)[] Sections =
    [
        (TieStanding.Binding, "bound to help"),
        (TieStanding.Pending, "pending: signed, not yet in force"),
        (TieStanding.Consultation, "consultation only"),
        (TieStanding.Excluded, "not binding on that date"),
        (TieStanding.NotAlliance, "not alliances (no defence obligation)"),
    ];

    public static void Render(IAnsiConsole console, AllianceQuery query, IReadOnlyList<AllyTie> ties)
    {
        var header = string.Create(CultureInfo.InvariantCulture, $"If {query.Country} is attacked on {query.Date:yyyy-MM-dd}");
        header += query.Attacker is null ? string.Empty : $" by {query.Attacker}";
        header += query.Location is null ? string.Empty : $" at {query.Location}";
        console.WriteLine(header + ":");
        if (ties.Count == 0)
        {
            console.WriteLine("  no treaty in the knowledge base or the given articles binds anyone to help.");
            return;
        }

        foreach (var (standing, title) in Sections)
        {
            var rows = ties.Where(t => t.Standing == standing).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            var table = new Table().Title(Markup.Escape($"{title} ({rows.Length})")).Border(TableBorder.Rounded);
            table.AddColumns("helper", "treaty", "provision", "conditions", "status", "basis");
            foreach (var tie in rows)
            {
                table.AddRow(
                    Markup.Escape(tie.Helper),
                    Markup.Escape(tie.Treaty.Name),
                    Markup.Escape(tie.Provision is { } p ? TreatyHistory.ProvisionSummary(p) : "-"),
                    Markup.Escape(tie.Conditions.Count == 0 ? "-" : string.Join("; ", tie.Conditions.Select(Describe))),
                    Markup.Escape(tie.Reason),
                    Markup.Escape(string.Join(" | ", tie.Bases.Select(b => b.ToString()).Concat(tie.Conflicts.Select(c => "CONFLICT: " + c)))));
            }

            console.Write(table);
        }
    }

    private static string Describe(ConditionCheck check) => check.Holds switch
    {
        true => "holds: " + check.Explanation,
        false => "FAILS: " + check.Explanation,
        _ => "unknown: " + check.Explanation,
    };
}
