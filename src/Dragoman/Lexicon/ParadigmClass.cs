using System.Collections.Frozen;

namespace Dragoman.Lexicon;

/// <summary>
/// A set of suffixes per feature tag: a conjugation class (with the lemma ending it strips) or a
/// suffix set used only by irregular overrides (strong preterites, short futures).
/// </summary>
internal sealed class ParadigmClass
{
    public ParadigmClass(string name, string? ending, FrozenDictionary<string, string[]> suffixes)
    {
        Name = name;
        Ending = ending;
        Suffixes = suffixes;
    }

    public string Name { get; }

    /// <summary>The lemma ending stripped to get the stem; null for suffix sets that no lemma selects.</summary>
    public string? Ending { get; }

    public FrozenDictionary<string, string[]> Suffixes { get; }
}
