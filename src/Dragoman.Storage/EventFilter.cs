namespace Dragoman.Storage;

/// <summary>
/// Which events a query or export selects. Actor codes match an actor's code or its country
/// (<c>RUS</c> selects <c>RUSGOV</c>); <see cref="Cameo"/> is a code prefix; <see cref="Text"/> is
/// a full-text search over the article (every word must occur).
/// </summary>
public sealed record EventFilter
{
    public static readonly EventFilter All = new();

    public string? Actor { get; init; }

    public string? Source { get; init; }

    public string? Target { get; init; }

    public string? Root { get; init; }

    public string? Cameo { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Text { get; init; }

    /// <summary>At most this many events; 0 means no limit.</summary>
    public int Limit { get; init; }
}
