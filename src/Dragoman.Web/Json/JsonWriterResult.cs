using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Dragoman.Web.Json;

/// <summary>
/// A response written straight from a <see cref="Utf8JsonWriter"/>, so the API reuses the record
/// writers of the command line and its JSON is the same as <c>--format jsonl</c>.
/// </summary>
public sealed class JsonWriterResult : IResult
{
    // Readable escaping, as the command line writes: responses are application/json with nosniff, and
    // the dashboard only ever puts values into text nodes, so '<' need not become \u003C.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Action<Utf8JsonWriter> body;
    private readonly int status;

    public JsonWriterResult(Action<Utf8JsonWriter> body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(body);
        this.body = body;
        this.status = status;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body, Options);
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
