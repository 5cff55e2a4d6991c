namespace Dragoman.Documents;

/// <summary>What is known about a document before it is read: where it came from and when.</summary>
public sealed record DocumentInfo
{
    public string? Language { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }
}
