using System.Globalization;
using Dragoman.Errors;
using Dragoman.Treaties;
using Dragoman.Web.Json;
using Dragoman.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>GET /api/allies/{country}</c>: who is bound to help the country if attacked on a date, how and why (as <c>dragoman allies</c>).</summary>
public static class AlliesEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/allies/{country}", Handle)
            .WithName("Allies")
            .WithSummary("Who is bound to help a country if attacked")
            .WithDescription("country: ISO 3166-1 alpha-3; asOf: the date of the attack (default today); attacker: the attacking state, to check adversary conditions; location: where the attack happens.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest);
    }

    private static IResult Handle(string country, string? asOf, string? attacker, string? location, AllianceGraph graph)
    {
        var errors = new List<string>();
        if (country.Length != 3 || !country.All(char.IsAsciiLetter))
        {
            errors.Add(ErrorCatalogue.BadCountryCode(country));
        }

        var date = QueryValues.Date("asOf", asOf, errors) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var against = QueryValues.Code("attacker", attacker, errors);
        if (location is { Length: > 100 })
        {
            errors.Add(ErrorCatalogue.BadQueryText(100));
        }

        if (errors.Count > 0)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        var query = new AllianceQuery(country.ToUpperInvariant(), date) { Attacker = against, Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim() };
        var ties = graph.Ask(query);
        return new JsonWriterResult(w =>
        {
            w.WriteString("country", query.Country);
            w.WriteString("asOf", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("attacker", query.Attacker);
            w.WriteString("location", query.Location);
            w.WriteStartArray("ties");
            foreach (var tie in ties)
            {
                AllyTieJson.Write(w, tie);
            }

            w.WriteEndArray();
        });
    }
}
