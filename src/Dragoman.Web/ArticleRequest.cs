namespace Dragoman.Web;

/// <summary>The body of <c>POST /api/code</c> and <c>POST /api/documents</c>: an article and what is known of it.</summary>
/// <param name="Text">The article text (required).</param>
/// <param name="Language">it, en or auto (default: detected).</param>
/// <param name="Date">Publication date, YYYY-MM-DD.</param>
/// <param name="Id">Document id (default: derived from the text).</param>
/// <param name="Title">Headline, stored with the document.</param>
/// <param name="Url">Where the article was published, stored with the document.</param>
public sealed record ArticleRequest(string? Text, string? Language = null, string? Date = null, string? Id = null, string? Title = null, string? Url = null);
