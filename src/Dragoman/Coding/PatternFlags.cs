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

    /// <summary>
    /// A verb of saying whose required words and target may stand in the subject of the clause it reports
    /// ("said that ties with Australia were back on track": a statement about Australia).
    /// </summary>
    ReportedSubject = 64,

    /// <summary>
    /// A verb whose required words may stand anywhere in the clause it governs after "that" ("vowed that Iran
    /// would pay a heavy price": a threat against Iran); the target is found as for the verb itself.
    /// </summary>
    ComplementClause = 128,
}
