namespace Dragoman.Actors;

/// <summary>
/// What one gazetteer phrase stands for. <see cref="Source"/> is the data line (<c>file:line</c>)
/// it came from, reported as the reason for every mention it produces.
/// </summary>
public sealed record GazetteerEntry(EntryKind Kind, string Source)
{
    /// <summary>Actor code for countries, seats, organisations and groups; the sector code for sector phrases.</summary>
    public string Code { get; init; } = "";

    public string? Country { get; init; }

    public string Name { get; init; } = "";

    /// <summary>Offices the sector phrase names, in order of preference ("head_of_state/head_of_government").</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    public Person? Person { get; init; }

    /// <summary>For a description standing alone ("the Gulf state", "the bloc"): the codes, or code prefixes, of the actors it may stand for.</summary>
    public IReadOnlyList<string> Fits { get; init; } = [];

    /// <summary>True when the phrase must match with its case exactly (acronyms such as UN, WHO, EU).</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>
    /// For a sector phrase naming equipment ("missiles", "the vessel"): it names an actor only with an owner
    /// ("Russian missiles", "Iran's drones"), never as a bare definite role of the document's main country.
    /// </summary>
    public bool NeedsOwner { get; init; }

    /// <summary>True when the first letter must be upper case in the text (proper names).</summary>
    public bool NeedsCapital { get; init; }
}
