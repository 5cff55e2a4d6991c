using Dragoman.Treaties;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>Treaties with parties, provisions and a history line.</summary>
internal static class TreatyTable
{
    public static void Render(IAnsiConsole console, AllianceGraph graph, IReadOnlyList<Treaty> treaties, DateOnly? date)
    {
        var table = new Table().Title(Markup.Escape($"{treaties.Count} treaties")).Border(TableBorder.Rounded);
        table.AddColumns("id", "name", "parties", "provisions", "status", "history", "basis");
        foreach (var t in treaties)
        {
            var status = TreatyHistory.StatusName(t.Status) + (t.IsAlliance ? string.Empty : " (not an alliance)");
            if (date is { } d)
            {
                status += $"; on {d:yyyy-MM-dd}: {graph.PhaseOn(t, d).Explanation}";
            }

            table.AddRow(
                Markup.Escape(t.Id),
                Markup.Escape(t.Name),
                Markup.Escape(string.Join(' ', t.Parties.Select(Party))),
                Markup.Escape(string.Join("; ", t.Provisions.Select(TreatyHistory.ProvisionSummary))),
                Markup.Escape(status),
                Markup.Escape(TreatyHistory.Describe(t, graph.Find)),
                Markup.Escape(t.Basis.ToString()));
        }

        console.Write(table);
    }

    private static string Party(TreatyParty p)
    {
        var text = p.Successor is null ? p.Code : $"{p.Code}→{p.Successor}";
        if (p.Left is { } left)
        {
            return $"{text}({p.Joined}..{left})";
        }

        return p.Joined is { } joined ? $"{text}({joined})" : text;
    }
}
