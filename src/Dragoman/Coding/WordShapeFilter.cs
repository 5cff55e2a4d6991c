namespace Dragoman.Coding;

/// <summary>
/// A quick test that a word cannot be in a small set, from its length and first letter, before the set hashes it:
/// the grammar's word classes ("which", "who", "that") are asked about every token, and nearly every answer is no.
/// False positives only cost the hash; a word of the set always passes.
/// </summary>
internal sealed class WordShapeFilter
{
    private const int LongWord = 63;

    private ulong lengths;
    private ulong lowFirst;
    private ulong highFirst;
    private bool otherFirst;

    public void Add(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        lengths |= 1UL << Math.Min(word.Length, LongWord);
        if (word.Length == 0)
        {
            return;
        }

        var c = word[0];
        if (c < 64)
        {
            lowFirst |= 1UL << c;
        }
        else if (c < 128)
        {
            highFirst |= 1UL << (c - 64);
        }
        else
        {
            otherFirst = true;
        }
    }

    public bool MayContain(string word)
    {
        if ((lengths & (1UL << Math.Min(word.Length, LongWord))) == 0)
        {
            return false;
        }

        if (word.Length == 0)
        {
            return true;
        }

        var c = word[0];
        return c < 64 ? (lowFirst & (1UL << c)) != 0 : c < 128 ? (highFirst & (1UL << (c - 64))) != 0 : otherFirst;
    }
}
