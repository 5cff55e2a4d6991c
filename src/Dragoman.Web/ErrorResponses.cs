using System.Text.Json;
using Dragoman.Errors;
using Dragoman.Web.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dragoman.Web;

/// <summary>Turns every failure into a JSON <c>{"error": …}</c> answer: bad bodies, unknown routes, and crashes (logged).</summary>
public sealed class ErrorResponses
{
    private readonly long maxBodyBytes;

    public ErrorResponses(long maxBodyBytes) => this.maxBodyBytes = maxBodyBytes;

    public async Task CatchAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var message = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCatalogue.BodyTooLarge(maxBodyBytes)
                : e.InnerException is JsonException json ? $"{ErrorCatalogue.BadJsonBody}: {json.Message}"
                : e.Message;
            await ApiError.WriteAsync(context, e.StatusCode, message).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            // The client gets no stack trace; the operator gets it in the log.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<ErrorResponses>().LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            await ApiError.WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorCatalogue.InternalError).ConfigureAwait(false);
        }
    }

    /// <summary>Answers that have a status but no body yet (unknown route, wrong method, unsupported media type).</summary>
    public Task StatusPageAsync(StatusCodeContext status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        var message = code switch
        {
            StatusCodes.Status404NotFound => ErrorCatalogue.NotFound(context.Request.Path),
            StatusCodes.Status405MethodNotAllowed => ErrorCatalogue.WrongMethod(context.Request.Method, context.Request.Path),
            StatusCodes.Status413PayloadTooLarge => ErrorCatalogue.BodyTooLarge(maxBodyBytes),
            StatusCodes.Status415UnsupportedMediaType => ErrorCatalogue.NotJson,
            _ => ErrorCatalogue.HttpStatus(code),
        };
        return ApiError.WriteAsync(context, code, message);
    }
}
