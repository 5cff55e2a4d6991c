namespace Dragoman.Treaties;

/// <summary>
/// One obligation of a treaty. <see cref="Obliged"/> are the parties that must act and
/// <see cref="Protected"/> the parties whose attack triggers it; empty means every party, so a
/// one-sided promise lists only its giver in <see cref="Obliged"/>.
/// </summary>
public sealed record Provision(ProvisionType Type)
{
    public AssistanceMode Mode { get; init; }

    public IReadOnlyList<string> Obliged { get; init; } = [];

    public IReadOnlyList<string> Protected { get; init; } = [];

    public IReadOnlyList<TreatyCondition> Conditions { get; init; } = [];

    public string? Article { get; init; }

    /// <summary>True when the source says the treaty explicitly lacks this provision ("privo di una clausola…").</summary>
    public bool Excluded { get; init; }

    /// <summary>Dates limiting the provision when it changed without the treaty ending (ANZUS and New Zealand, 1986).</summary>
    public FuzzyDate? From { get; init; }

    public FuzzyDate? Until { get; init; }

    public string? Note { get; init; }

    public FactBasis? Basis { get; init; }

    public bool Binds(string code) => Obliged.Count == 0 || Obliged.Contains(code);

    public bool Protects(string code) => Protected.Count == 0 || Protected.Contains(code);

    public bool AppliesOn(DateOnly date) =>
        (From is not { } from || date >= from.Earliest) && (Until is not { } until || date < until.Earliest);
}
