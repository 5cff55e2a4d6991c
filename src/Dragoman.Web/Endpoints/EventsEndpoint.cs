using Dragoman.Storage.Export;
using Dragoman.Web.Json;
using Dragoman.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>GET /api/events</c>: stored events matching the filters of <c>dragoman events</c>, one page at a time.</summary>
public static class EventsEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/events", Handle)
            .WithName("Events")
            .WithSummary("Stored events, filtered and paged")
            .WithDescription("Same filters as `dragoman events`; the answer has offset, limit, next (null on the last page) and events; with `by` (day, week, month) also a timeline of counts per QuadClass over all matching events.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest);
    }

    private static IResult Handle([AsParameters] EventQuery query, StorePool stores)
    {
        var errors = new List<string>();
        var filter = query.ToFilter(errors);
        var (offset, limit) = query.Page(errors);
        var unit = QueryValues.Period(query.By, errors);
        if (errors.Count > 0)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        // The store has no offset: read one page past the skipped rows (offset is capped) and one more row to know if a next page exists.
        List<Storage.EventRow> rows;
        List<Storage.EventRow>? all = null;
        using (var lease = stores.Rent())
        {
            rows = [.. lease.Store.Events(filter with { Limit = offset + limit + 1 }).Skip(offset)];
            if (unit is not null)
            {
                all = [.. lease.Store.Events(filter with { Limit = EventTimeline.MaxRows })];
            }
        }

        var more = rows.Count > limit;
        var page = more ? rows.GetRange(0, limit) : rows;
        return new JsonWriterResult(w =>
        {
            w.WriteNumber("offset", offset);
            w.WriteNumber("limit", limit);
            if (more)
            {
                w.WriteNumber("next", offset + limit);
            }
            else
            {
                w.WriteNull("next");
            }

            RecordLines.WriteArray(w, "events", o => new JsonlEventWriter(o).Write(page));
            if (all is not null)
            {
                EventTimeline.Write(w, all, unit!.Value);
            }
        });
    }
}
