using Dragoman.Engine;
using Dragoman.Ingest;
using Dragoman.Sources;
using Dragoman.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>POST /api/documents</c>: code an article and store it (as <c>dragoman ingest</c>; the same text twice is stored once).</summary>
public static class DocumentsEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/documents", Handle)
            .WithName("Ingest")
            .WithSummary("Code an article and store it")
            .WithDescription("Needs 'Authorization: Bearer <token>' when the server has a token (DRAGOMAN_TOKEN or --token); without a token, ingesting is open on loopback only. Answers with the document id, what happened (inserted, replaced, skipped) and the events stored.")
            .Accepts<ArticleRequest>("application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest)
            .Produces<ApiError.Body>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError.Body>(StatusCodes.Status403Forbidden)
            .Produces<ApiError.Body>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ApiError.Body>(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Handle(HttpRequest http, ArticleRequest request, DragomanEngine engine, StorePool stores, WriteGuard guard)
    {
        if (guard.Check(http) is { } refusal)
        {
            return ApiError.Result(refusal.Status, refusal.Message);
        }

        var errors = new List<string>();
        if (ArticleReader.Read(request, "api", errors) is not { } document)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        IngestReport report;
        using (var lease = stores.Rent())
        {
            report = new DocumentIngester(engine, lease.Store).Ingest([SourceResult.Ok(document.Id, document)], "api:" + document.Id);
        }

        if (report.Failures.Count > 0)
        {
            return ApiError.Result(StatusCodes.Status422UnprocessableEntity, report.Failures[0].Message);
        }

        var outcome = report.Inserted > 0 ? "inserted" : report.Replaced > 0 ? "replaced" : "skipped";
        return new JsonWriterResult(
            w =>
            {
                w.WriteString("id", document.Id);
                w.WriteString("outcome", outcome);
                w.WriteNumber("events", report.Events);
            },
            report.Documents > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
