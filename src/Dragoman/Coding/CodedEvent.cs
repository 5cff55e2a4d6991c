using Dragoman.Actors;
using Dragoman.Quantities;

namespace Dragoman.Coding;

/// <summary>One coded event with the evidence and the rule that produced it (schema in DESIGN.md).</summary>
public sealed record CodedEvent
{
    public required int Sentence { get; init; }

    public Actor? Source { get; init; }

    public string? SourceText { get; init; }

    public Actor? Target { get; init; }

    public string? TargetText { get; init; }

    public required string Cameo { get; init; }

    public bool Negated { get; init; }

    public EventMood Mood { get; init; } = EventMood.Asserted;

    public Attribution? Attribution { get; init; }

    public DateOnly? Date { get; init; }

    public string DateSource { get; init; } = "publication";

    public required Evidence Evidence { get; init; }

    /// <summary>Quantities in the event's clause ("oltre 11.000 container"), set by the quantity stage.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
}
