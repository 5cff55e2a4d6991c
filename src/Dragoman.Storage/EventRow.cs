namespace Dragoman.Storage;

/// <summary>A stored event with the store's id for it and what it knows of its article.</summary>
public sealed record EventRow
{
    public required long Id { get; init; }

    public required string DocumentId { get; init; }

    public required int Seq { get; init; }

    public required StoredEvent Event { get; init; }

    public string? Url { get; init; }

    public string? DocumentSource { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>The event's own date, else its article's publication date.</summary>
    public DateOnly? EffectiveDate => Event.Date ?? PublicationDate;
}
