using System.Data.Common;

namespace Dragoman.Storage;

/// <summary>Turns an <see cref="EventFilter"/> into a parameterised WHERE clause over <c>events e JOIN documents d</c>.</summary>
internal static class EventFilterSql
{
    public const string EventDate = "COALESCE(e.date, d.publication_date)";

    public static string Where(DbCommand command, EventFilter filter, Func<string, string> textCondition, string? extra = null)
    {
        var conditions = new List<string>();
        if (extra is not null)
        {
            conditions.Add(extra);
        }

        if (filter.Actor is { } actor)
        {
            SqlParameters.Add(command, "actor", actor);
            conditions.Add($"({Matches("source", "@actor")} OR {Matches("target", "@actor")})");
        }

        if (filter.Source is { } source)
        {
            SqlParameters.Add(command, "source", source);
            conditions.Add(Matches("source", "@source"));
        }

        if (filter.Target is { } target)
        {
            SqlParameters.Add(command, "target", target);
            conditions.Add(Matches("target", "@target"));
        }

        if (filter.Root is { } root)
        {
            SqlParameters.Add(command, "root", root);
            conditions.Add("e.root = @root");
        }

        if (filter.Cameo is { } cameo)
        {
            SqlParameters.Add(command, "cameo", cameo + "%");
            conditions.Add("e.cameo LIKE @cameo");
        }

        if (filter.From is { } from)
        {
            SqlParameters.Add(command, "from", from);
            conditions.Add($"{EventDate} >= @from");
        }

        if (filter.To is { } to)
        {
            SqlParameters.Add(command, "to", to);
            conditions.Add($"{EventDate} <= @to");
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            conditions.Add(textCondition("@text"));
        }

        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }

    public static string Matches(string role, string parameter) => $"(e.{role}_code = {parameter} OR e.{role}_country = {parameter})";

    public static string Limit(EventFilter filter) => filter.Limit > 0 ? $" LIMIT {filter.Limit}" : "";
}
