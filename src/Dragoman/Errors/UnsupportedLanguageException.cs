namespace Dragoman.Errors;

/// <summary>The document is in a language Dragoman detects but has no data for.</summary>
public sealed class UnsupportedLanguageException : DragomanException
{
    public UnsupportedLanguageException() { }

    public UnsupportedLanguageException(string message) : base(message) { }

    public UnsupportedLanguageException(string message, Exception inner) : base(message, inner) { }

    public UnsupportedLanguageException(string documentId, string language)
        : base(ErrorCatalogue.UnsupportedLanguage(documentId, language)) => Language = language;

    public string? Language { get; }
}
