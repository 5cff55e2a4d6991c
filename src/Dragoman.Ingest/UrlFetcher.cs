using Dragoman.Errors;

namespace Dragoman.Ingest;

/// <summary>Downloads a page or feed the user named on the command line (and nothing else).</summary>
public sealed class UrlFetcher
{
    private readonly HttpClient client;

    public UrlFetcher(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    public static bool IsUrl(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    public (string Body, string? MediaType) Fetch(string url, long maxBytes)
    {
        try
        {
            using var response = client.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw new InputException(ErrorCatalogue.InputTooLarge(url, response.Content.Headers.ContentLength.Value, maxBytes));
            }

            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return (body, response.Content.Headers.ContentType?.MediaType);
        }
        catch (HttpRequestException e)
        {
            throw new InputException(ErrorCatalogue.FetchFailed(url, e.Message), e);
        }
        catch (TaskCanceledException e)
        {
            throw new InputException(ErrorCatalogue.FetchFailed(url, "timed out"), e);
        }
    }
}
