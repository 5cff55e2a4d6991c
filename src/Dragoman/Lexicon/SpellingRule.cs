using System.Collections.Frozen;

namespace Dragoman.Lexicon;

/// <summary>
/// Where a stem meets a suffix: when the stem ends with <see cref="StemEnd"/> (upper-case letters
/// stand for letter classes) and the suffix starts with one of <see cref="SuffixStarts"/>, drop
/// <see cref="Strip"/> characters of the stem and add <see cref="Add"/>.
/// </summary>
internal sealed record SpellingRule(
    string ClassName,
    string StemEnd,
    string[] SuffixStarts,
    int Strip,
    string Add,
    FrozenSet<string> Except)
{
    public bool Matches(string stem, string suffix, FrozenDictionary<char, string> letterClasses)
    {
        if (stem.Length < StemEnd.Length || !StartsWithAny(suffix))
        {
            return false;
        }

        var offset = stem.Length - StemEnd.Length;
        for (var i = 0; i < StemEnd.Length; i++)
        {
            var want = StemEnd[i];
            var have = stem[offset + i];
            var ok = letterClasses.TryGetValue(want, out var members) ? members.Contains(have, StringComparison.Ordinal) : want == have;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsWithAny(string suffix)
    {
        foreach (var start in SuffixStarts)
        {
            if (suffix.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
