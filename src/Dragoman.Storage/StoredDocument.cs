namespace Dragoman.Storage;

/// <summary>A coded document as the store keeps it: the article, its events and the other records coded from it.</summary>
public sealed record StoredDocument
{
    public required string Id { get; init; }

    /// <summary>SHA-256 of the text (lower-case hex); the same hash is never stored twice.</summary>
    public required string ContentHash { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Language { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<StoredEvent> Events { get; init; } = [];

    public IReadOnlyList<StoredMention> Mentions { get; init; } = [];

    public IReadOnlyList<StoredQuote> Quotes { get; init; } = [];

    public IReadOnlyList<StoredTreaty> Treaties { get; init; } = [];
}
