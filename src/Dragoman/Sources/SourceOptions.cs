namespace Dragoman.Sources;

/// <summary>Defaults applied to documents that do not say otherwise.</summary>
public sealed record SourceOptions
{
    public string? Language { get; init; }

    public DateOnly? Date { get; init; }

    public string? Id { get; init; }
}
