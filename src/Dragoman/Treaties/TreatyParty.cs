namespace Dragoman.Treaties;

/// <summary>
/// A party to a treaty with its accession and exit dates. A state that ceased to exist may name its
/// <see cref="Successor"/> (the Soviet Union → Russia), which carries its obligations from <see cref="SuccessionDate"/>.
/// </summary>
public sealed record TreatyParty(string Code)
{
    public FuzzyDate? Joined { get; init; }

    public FuzzyDate? Left { get; init; }

    public string? Successor { get; init; }

    public FuzzyDate? SuccessionDate { get; init; }

    public FactBasis? Basis { get; init; }

    /// <summary>The code that answers for this party on a date: the successor after succession.</summary>
    public string CodeOn(DateOnly date) =>
        Successor is not null && SuccessionDate is { } when && date >= when.Earliest ? Successor : Code;

    /// <summary>True when the party (or its successor) belongs to the treaty on the date.</summary>
    public bool IsMemberOn(DateOnly date) =>
        (Joined is not { } joined || date >= joined.Earliest) && (Left is not { } left || date < left.Earliest);

    public bool Names(string code) => Code == code || Successor == code;
}
