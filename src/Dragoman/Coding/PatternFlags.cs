namespace Dragoman.Coding;

[Flags]
public enum PatternFlags
{
    None = 0,
    Symmetric = 1,
    Reflexive = 2,
    PassiveOnly = 4,
    ActiveOnly = 8,
    InfinitiveComplement = 16,

    /// <summary>The pattern means something only when negated ("non esclude", "does not rule out"); the event is then asserted.</summary>
    NegatedMeaning = 32,
}
