using System.Text.Json;

namespace Dragoman.Treaties;

/// <summary>One answer of the allies question as JSON (CLI and HTTP API alike): helper, standing, treaty, provision, conditions and bases.</summary>
public static class AllyTieJson
{
    public static void Write(Utf8JsonWriter w, AllyTie tie)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(tie);
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
            w.WriteString("provisionSummary", TreatyHistory.ProvisionSummary(provision));
        }
        else
        {
            w.WriteNull("provision");
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
}
