namespace Dragoman.Treaties;

/// <summary>"If <see cref="Country"/> is attacked on <see cref="Date"/> (by <see cref="Attacker"/>, at <see cref="Location"/>), who is bound to help?"</summary>
public sealed record AllianceQuery(string Country, DateOnly Date)
{
    public string? Attacker { get; init; }

    public string? Location { get; init; }
}
