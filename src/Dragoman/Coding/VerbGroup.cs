namespace Dragoman.Coding;

/// <summary>
/// A verb with its auxiliaries, modals, negation and particles: tokens [Start, End) of the
/// document, the content verb at <see cref="Head"/>.
/// </summary>
public sealed record VerbGroup(int Sentence, int Start, int Head, int End, string Lemma)
{
    public bool Negated { get; init; }

    public bool Passive { get; init; }

    public bool Reflexive { get; init; }

    public bool Hypothetical { get; init; }

    public bool Future { get; init; }

    /// <summary>An infinitive or gerund: it has no subject of its own.</summary>
    public bool NonFinite { get; init; }

    /// <summary>A past participle with no auxiliary: a reduced relative with a passive meaning.</summary>
    public bool BareParticiple { get; init; }

    /// <summary>Joined to the previous verb group by a coordinator ("… e ha lodato").</summary>
    public bool Coordinated { get; init; }

    /// <summary>Opened by a relative pronoun ("which were shot down", "che hanno colpito"), possibly after a quantifier ("all of which").</summary>
    public bool Relative { get; init; }

    public bool Reporting { get; init; }

    public bool Irrealis { get; init; }

    public bool Intent { get; init; }

    /// <summary>In a past tense ("agreed", "ha deciso", "decise", "decideva"): an intent stated then is not a future act.</summary>
    public bool Past { get; init; }
}
