namespace Dragoman.Text;

/// <summary>Shapes of words that matter around full stops.</summary>
internal static class WordShapes
{
    /// <summary>Single letters joined by full stops, without the final one: "F.B.I", "p.m".</summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != Punctuation.FullStop)
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    /// <summary>A single capital letter, the shape of an initial ("W" in "George W. Bush").</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>An ISO date "2024-06-19" at <paramref name="start"/>, not followed by another digit.</summary>
    public static bool IsIsoDateAt(ReadOnlySpan<char> s, int start)
    {
        if (start + 10 > s.Length || (start + 10 < s.Length && char.IsAsciiDigit(s[start + 10])))
        {
            return false;
        }

        var date = s.Slice(start, 10);
        for (var i = 0; i < date.Length; i++)
        {
            var ok = i is 4 or 7 ? date[i] == '-' : char.IsAsciiDigit(date[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
