namespace Dragoman.Treaties;

/// <summary>Where a treaty is in its life on a given date.</summary>
public enum TreatyPhase
{
    NotYetSigned,
    Pending,
    InForce,
    Ended,
}
