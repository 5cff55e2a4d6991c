using System.Globalization;
using Dragoman.Treaties;
using Dragoman.Web.Json;
using Dragoman.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>GET /api/treaties</c>: the treaty knowledge base, with each treaty's history and its phase on a date.</summary>
public static class TreatiesEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/treaties", Handle)
            .WithName("Treaties")
            .WithSummary("Treaties of the knowledge base")
            .WithDescription("party: only treaties with this party (ISO 3166-1 alpha-3); asOf: each treaty's phase on that date (default today). Fields as `dragoman treaties --format json`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest);
    }

    private static IResult Handle(string? party, string? asOf, AllianceGraph graph)
    {
        var errors = new List<string>();
        var code = QueryValues.Code("party", party, errors);
        var date = QueryValues.Date("asOf", asOf, errors) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        if (errors.Count > 0)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        var treaties = graph.Treaties.Where(t => code is null || t.HasParty(code)).ToArray();
        return new JsonWriterResult(w =>
        {
            w.WriteString("party", code);
            w.WriteString("asOf", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("treaties");
            foreach (var treaty in treaties)
            {
                var (phase, explanation) = graph.PhaseOn(treaty, date);
                w.WriteStartObject();
                TreatyJson.WriteTreatyFields(w, treaty);
                w.WriteString("history", TreatyHistory.Describe(treaty, graph.Find));
                w.WriteString("phase", phase.ToString());
                w.WriteString("phaseExplanation", explanation);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
