using System.Buffers;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Storage;
using Dragoman.Web.Queries;

namespace Dragoman.Web;

/// <summary>Turns an <see cref="ArticleRequest"/> into a <see cref="Document"/>, or says what is wrong with it.</summary>
public static class ArticleReader
{
    private const int MaxIdLength = 200;

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    public static Document? Read(ArticleRequest? request, string source, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null || string.IsNullOrWhiteSpace(request.Text))
        {
            errors.Add(ErrorCatalogue.MissingText);
            return null;
        }

        var language = request.Language?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => null,
            "it" => "it",
            "en" => "en",
            _ => Invalid(errors, ErrorCatalogue.BadQueryLanguage(request.Language)),
        };
        var date = QueryValues.Date("date", request.Date, errors);
        var id = string.IsNullOrWhiteSpace(request.Id) ? "api-" + ContentHash.Of(request.Text)[..12] : request.Id.Trim();
        if (id.Length > MaxIdLength || id.AsSpan().ContainsAnyExcept(IdCharacters))
        {
            errors.Add(ErrorCatalogue.BadDocumentId(request.Id!));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var info = new DocumentInfo { Language = language, PublicationDate = date, Title = request.Title, Url = request.Url, Source = source };
        return new Document(id, request.Text, info);
    }

    private static string? Invalid(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }
}
