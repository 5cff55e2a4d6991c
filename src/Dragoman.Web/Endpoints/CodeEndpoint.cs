using Dragoman.Engine;
using Dragoman.Errors;
using Dragoman.Output;
using Dragoman.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dragoman.Web.Endpoints;

/// <summary><c>POST /api/code</c>: code one article and answer with its events, mentions, quotes and treaties; nothing is stored.</summary>
public static class CodeEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/code", Handle)
            .WithName("Code")
            .WithSummary("Code an article without storing it")
            .WithDescription("Events (with evidence offsets into the text), actor mentions, quotes and treaties, in the JSON Lines record schema.")
            .Accepts<ArticleRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError.Body>(StatusCodes.Status400BadRequest)
            .Produces<ApiError.Body>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ApiError.Body>(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Handle(ArticleRequest request, DragomanEngine engine)
    {
        var errors = new List<string>();
        if (ArticleReader.Read(request, "api", errors) is not { } document)
        {
            return ApiError.BadRequest(string.Join("; ", errors));
        }

        try
        {
            engine.Process(document);
        }
        catch (DragomanException e)
        {
            return ApiError.Result(StatusCodes.Status422UnprocessableEntity, e.Message);
        }

        return new JsonWriterResult(w =>
        {
            w.WriteString("doc", document.Id);
            w.WriteString("language", document.Language);
            w.WriteString("date", document.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("sentences", document.Sentences.Count);
            RecordLines.WriteArray(w, "events", o => new JsonRecordWriter(engine.Codebook, o).WriteEvents(document));
            RecordLines.WriteArray(w, "mentions", o => new JsonRecordWriter(engine.Codebook, o).WriteMentions(document));
            RecordLines.WriteArray(w, "quotes", o => new JsonRecordWriter(engine.Codebook, o).WriteQuotes(document));
            RecordLines.WriteArray(w, "treaties", o => new JsonRecordWriter(engine.Codebook, o).WriteTreaties(document));
        });
    }
}
