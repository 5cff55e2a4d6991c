namespace Dragoman.Storage;

/// <summary>
/// A treaty named in a document: parties (space-separated codes), signing date and status.
/// <see cref="Details"/> is a JSON object for provisions and supersession until they get columns.
/// </summary>
public sealed record StoredTreaty
{
    public required string Name { get; init; }

    public string? Parties { get; init; }

    public DateOnly? SignedDate { get; init; }

    public string? Status { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }

    public string? Details { get; init; }
}
