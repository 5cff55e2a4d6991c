using Dragoman.Storage.Queries;
using Dragoman.Web.Json;
using Dragoman.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>GET /api/dyads/{a}/{b}</c>: events between two actors per period and direction (as <c>dragoman dyad</c>).</summary>
public static class DyadEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/dyads/{a}/{b}", Handle)
            .WithName("Dyad")
            .WithSummary("A dyad's time series")
            .WithDescription("Per period (by = day, week or month; default month) and direction: event counts per QuadClass, Goldstein sum and mean. a and b are codes (RUSGOV) or countries (RUS).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest);
    }

    private static IResult Handle(string a, string b, string? by, string? from, string? to, StorePool stores)
    {
        var errors = new List<string>();
        var first = QueryValues.Code("a", a, errors);
        var second = QueryValues.Code("b", b, errors);
        var unit = QueryValues.Period(by, errors) ?? PeriodUnit.Month;
        var filter = new Storage.EventFilter { From = QueryValues.Date("from", from, errors), To = QueryValues.Date("to", to, errors) };
        if (errors.Count > 0 || first is null || second is null)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        IReadOnlyList<DyadPeriod> periods;
        using (var lease = stores.Rent())
        {
            periods = DyadSummary.Summarize(lease.Store.DyadEvents(first, second, filter), first, second, unit);
        }

        return new JsonWriterResult(w =>
        {
            w.WriteString("a", first);
            w.WriteString("b", second);
            w.WriteString("by", unit.ToString().ToLowerInvariant());
            w.WriteStartArray("periods");
            foreach (var p in periods)
            {
                w.WriteStartObject();
                w.WriteString("period", p.Period);
                w.WriteString("source", p.Source);
                w.WriteString("target", p.Target);
                w.WriteNumber("events", p.Events);
                w.WriteNumber("quad1", p.Quad1);
                w.WriteNumber("quad2", p.Quad2);
                w.WriteNumber("quad3", p.Quad3);
                w.WriteNumber("quad4", p.Quad4);
                w.WriteNumber("goldsteinSum", Math.Round(p.GoldsteinSum, 3));
                w.WriteNumber("goldsteinMean", Math.Round(p.GoldsteinMean, 3));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
