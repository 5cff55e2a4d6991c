using Dragoman.Engine;
using Dragoman.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>GET /api/health</c>: the server is up, its store answers, and what it holds.</summary>
public static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/health", Handle)
            .WithName("Health")
            .WithSummary("Liveness and store counts")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static IResult Handle(StorePool stores, DragomanEngine engine)
    {
        Storage.StoreCounts counts;
        int schema;
        using (var lease = stores.Rent())
        {
            counts = lease.Store.Counts();
            schema = lease.Store.SchemaVersion;
        }

        return new JsonWriterResult(w =>
        {
            w.WriteString("status", "ok");
            w.WriteNumber("schemaVersion", schema);
            w.WriteNumber("documents", counts.Documents);
            w.WriteNumber("events", counts.Events);
            w.WriteNumber("treaties", engine.TreatyKnowledgeBase.Treaties.Count);
            w.WriteStartArray("languages");
            foreach (var language in DragomanEngine.Languages)
            {
                w.WriteStringValue(language);
            }

            w.WriteEndArray();
        });
    }
}
