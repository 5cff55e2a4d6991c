namespace Dragoman.Storage;

/// <summary>One event with every field of the JSON Lines event record (README, "Event records").</summary>
public sealed record StoredEvent
{
    public required int Sentence { get; init; }

    public DateOnly? Date { get; init; }

    public required string DateSource { get; init; }

    public StoredActor? Source { get; init; }

    public StoredActor? Target { get; init; }

    public required string Cameo { get; init; }

    public required string Label { get; init; }

    public required string Root { get; init; }

    public required double Goldstein { get; init; }

    public required int QuadClass { get; init; }

    public required string Plover { get; init; }

    public bool Negated { get; init; }

    public required string Mood { get; init; }

    public string? AttributionBy { get; init; }

    public string? AttributionText { get; init; }

    public required int EvidenceStart { get; init; }

    public required int EvidenceEnd { get; init; }

    public required string EvidenceText { get; init; }

    public required string Trigger { get; init; }

    public required string Rule { get; init; }
}
