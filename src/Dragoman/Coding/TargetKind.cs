namespace Dragoman.Coding;

/// <summary>Where a pattern finds its target actor (data/README.md, patterns).</summary>
public enum TargetKind
{
    Object,
    Preposition,
    Any,
    None,
}
