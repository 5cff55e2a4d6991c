namespace Dragoman.Storage;

/// <summary>
/// A quote (direct or indirect speech) with its speaker. <see cref="Details"/> is a JSON object for
/// fields the quote stage adds that have no column yet.
/// </summary>
public sealed record StoredQuote
{
    public int? Sentence { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary><c>direct</c> or <c>indirect</c>.</summary>
    public required string Kind { get; init; }

    public required string Text { get; init; }

    public string? SpeakerCode { get; init; }

    public string? SpeakerName { get; init; }

    public string? SpeakerText { get; init; }

    public DateOnly? Date { get; init; }

    public string? Details { get; init; }
}
