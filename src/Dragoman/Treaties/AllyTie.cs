namespace Dragoman.Treaties;

/// <summary>One answer line: who (<see cref="Helper"/>), under which treaty and provision, how it stands, and why.</summary>
public sealed record AllyTie(string Helper, Treaty Treaty, TieStanding Standing, string Reason)
{
    public Provision? Provision { get; init; }

    public IReadOnlyList<ConditionCheck> Conditions { get; init; } = [];

    /// <summary>The facts behind the tie: knowledge-base citations and document sentences.</summary>
    public IReadOnlyList<FactBasis> Bases { get; init; } = [];

    /// <summary>Where a document disagrees with the knowledge base about this treaty.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];
}
