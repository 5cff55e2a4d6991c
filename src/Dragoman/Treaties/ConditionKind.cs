namespace Dragoman.Treaties;

/// <summary>What limits a provision: who attacks, where, which conflict, or other circumstances.</summary>
public enum ConditionKind
{
    Adversary,
    Location,
    Conflict,
    NonProvocation,
    StateOfWar,
    Other,
}
