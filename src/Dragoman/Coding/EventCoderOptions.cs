namespace Dragoman.Coding;

/// <summary>What the event-coding stage writes out.</summary>
public sealed record EventCoderOptions
{
    /// <summary>
    /// Keep events whose doer is not named ("three soldiers were killed in an ambush"). CAMEO events are dyadic: ICEWS and
    /// the gold files code an event only when both its source and its target are known, so by default such events serve
    /// only inside the coder (a later claim of responsibility can still name their doer) and are not written out. GDELT
    /// keeps them with an empty source; this switch does the same.
    /// </summary>
    public bool KeepOneSided { get; init; }
}
