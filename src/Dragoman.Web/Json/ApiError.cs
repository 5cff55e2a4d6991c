using Microsoft.AspNetCore.Http;

namespace Dragoman.Web.Json;

/// <summary>Every 4xx and 5xx answer of the API: <c>{"error": "…"}</c> with a message from the ErrorCatalogue.</summary>
public static class ApiError
{
    public static IResult Result(int status, string message) =>
        new JsonWriterResult(w => w.WriteString("error", message), status);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);

    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Result(status, message).ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>The shape the OpenAPI document declares for errors.</summary>
    public sealed record Body(string Error);
}
