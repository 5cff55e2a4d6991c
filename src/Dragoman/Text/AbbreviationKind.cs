namespace Dragoman.Text;

/// <summary>How a known abbreviation's full stop behaves at a possible sentence boundary.</summary>
public enum AbbreviationKind
{
    /// <summary>Not a known abbreviation.</summary>
    None,

    /// <summary>Titles and the like (Sig., Dr., Jan.): the full stop never ends a sentence.</summary>
    NeverEnds,

    /// <summary>Words such as ecc. or Inc.: the full stop ends a sentence when a capitalized word follows.</summary>
    MayEnd,
}
