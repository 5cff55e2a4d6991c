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
            AllyTieJson.Write(w, tie);
        }

        w.WriteEndArray();
    }
}
