using Dragoman.Documents;

namespace Dragoman.Sources;

/// <summary>One item read from an input: a document, or the reason it could not be read.</summary>
public sealed record SourceResult(string Input, Document? Document, string? Error)
{
    public static SourceResult Ok(string input, Document document) => new(input, document, null);

    public static SourceResult Failed(string input, string error) => new(input, null, error);
}
