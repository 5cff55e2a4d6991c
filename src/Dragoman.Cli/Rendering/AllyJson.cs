using System.Globalization;
using System.Text.Json;
using Dragoman.Treaties;

namespace Dragoman.Cli.Rendering;

/// <summary>The allies answer as one JSON object: the question and every tie with its basis.</summary>
internal static class AllyJson
{
    public static void Write(Utf8JsonWriter w, AllianceQuery query, IReadOnlyList<AllyTie> ties)
    {
        w.WriteString("kind", "allies");
        w.WriteString("country", query.Country);
        w.WriteString("asOf", query.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("attacker", query.Attacker);
        w.WriteString("location", query.Location);
        w.WriteStartArray("ties");
        foreach (var tie in ties)
        {
            w.WriteStartObject();
            w.WriteString("helper", tie.Helper);
            w.WriteString("standing", tie.Standing.ToString().ToLowerInvariant());
            w.WriteString("treaty", tie.Treaty.Id);
            w.WriteString("treatyName", tie.Treaty.Name);
            w.WriteString("reason", tie.Reason);
            if (tie.Provision is { } provision)
            {
                w.WritePropertyName("provision");
                TreatyJson.WriteProvision(w, provision);
            }

            w.WriteStartArray("conditions");
            foreach (var c in tie.Conditions)
            {
                w.WriteStartObject();
                w.WriteString("text", c.Condition.Text);
                if (c.Holds is { } holds)
                {
                    w.WriteBoolean("holds", holds);
                }
                else
                {
                    w.WriteNull("holds");
                }

                w.WriteString("explanation", c.Explanation);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("bases");
            foreach (var basis in tie.Bases)
            {
                TreatyJson.WriteBasisValue(w, basis);
            }

            w.WriteEndArray();
            TreatyJson.WriteCodes(w, "conflicts", tie.Conflicts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
