namespace Dragoman.Lexicon;

/// <summary>
/// What irregular-verbs.tsv says about one verb: a verb it is built like (a compound such as
/// proporre like porre), a replacement stem and class, and overrides of single tags or tense groups.
/// </summary>
internal sealed class IrregularVerb(string lemma)
{
    public string Lemma { get; } = lemma;

    public string? Like { get; set; }

    public string? Stem { get; set; }

    public string? ClassName { get; set; }

    public string Location { get; set; } = string.Empty;

    public List<VerbOverride> Overrides { get; } = [];
}
