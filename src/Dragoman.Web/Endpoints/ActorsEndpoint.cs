using Dragoman.Storage;
using Dragoman.Web.Json;
using Dragoman.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>GET /api/actors</c>: the actors in the stored events and the dyads between them (the actor network).</summary>
public static class ActorsEndpoint
{
    private const int MaxDyads = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/actors", Handle)
            .WithName("Actors")
            .WithSummary("Actors and the dyads between them")
            .WithDescription("Takes the filters of /api/events. actors: code, events as source and as target; dyads: source, target, events, Goldstein mean (the busiest `limit` dyads, default 200).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest);
    }

    private static IResult Handle([AsParameters] EventQuery query, StorePool stores)
    {
        var errors = new List<string>();
        var filter = query.ToFilter(errors);
        var limit = QueryValues.Number("limit", query.Limit, 200, 1, MaxDyads, errors);
        if (errors.Count > 0)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        IReadOnlyList<DyadCount> dyads;
        using (var lease = stores.Rent())
        {
            dyads = lease.Store.TopDyads(filter, limit);
        }

        var actors = new SortedDictionary<string, (long AsSource, long AsTarget)>(StringComparer.Ordinal);
        foreach (var d in dyads)
        {
            var s = actors.GetValueOrDefault(d.Source);
            actors[d.Source] = (s.AsSource + d.Events, s.AsTarget);
            var t = actors.GetValueOrDefault(d.Target);
            actors[d.Target] = (t.AsSource, t.AsTarget + d.Events);
        }

        return new JsonWriterResult(w =>
        {
            w.WriteStartArray("actors");
            foreach (var (code, (asSource, asTarget)) in actors)
            {
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteNumber("asSource", asSource);
                w.WriteNumber("asTarget", asTarget);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("dyads");
            foreach (var d in dyads)
            {
                w.WriteStartObject();
                w.WriteString("source", d.Source);
                w.WriteString("target", d.Target);
                w.WriteNumber("events", d.Events);
                w.WriteNumber("goldsteinMean", d.Events == 0 ? 0 : Math.Round(d.GoldsteinSum / d.Events, 3));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
