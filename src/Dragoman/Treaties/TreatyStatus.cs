namespace Dragoman.Treaties;

/// <summary>Where a treaty stands: signed but not in force, in force, ended, replaced, or not known.</summary>
public enum TreatyStatus
{
    Unknown,
    Signed,
    InForce,
    Terminated,
    Superseded,
}
