namespace Dragoman.Text;

/// <summary>Decides whether a run of stops (. ? ! ... …) ends a sentence, looking at the word before and after.</summary>
internal static class SentenceBoundary
{
    /// <summary>
    /// The end of the sentence closed by the stops at <paramref name="stop"/> (after any closing quotes
    /// or brackets), or -1 when they do not end one; <paramref name="resume"/> is where to look next.
    /// </summary>
    public static int After(string s, int stop, int lineStart, int lineEnd, LanguageTextRules rules, out int resume)
    {
        var strong = false;
        var ellipsis = false;
        var fullStops = 0;
        var j = stop;
        while (j < lineEnd && Punctuation.IsTerminator(s[j]))
        {
            strong |= s[j] is '?' or '!';
            ellipsis |= s[j] == Punctuation.Ellipsis;
            fullStops += s[j] == Punctuation.FullStop ? 1 : 0;
            j++;
        }

        resume = j;
        ellipsis |= fullStops >= 2;
        var end = j;
        while (end < lineEnd && Punctuation.IsCloser(s[end]))
        {
            end++;
        }

        // "11.000", "1.5", "ansa.it": a stop glued to what follows is not a boundary.
        if (end < lineEnd && !char.IsWhiteSpace(s[end]))
        {
            return -1;
        }

        var next = end;
        while (next < lineEnd && (char.IsWhiteSpace(s[next]) || Punctuation.IsOpener(s[next])))
        {
            next++;
        }

        if (next >= lineEnd)
        {
            return end;
        }

        var following = s[next];
        if (strong)
        {
            return char.IsLower(following) ? -1 : end;
        }

        if (ellipsis)
        {
            return char.IsUpper(following) ? end : -1;
        }

        return KindOfWordBefore(s, stop, lineStart, rules) switch
        {
            AbbreviationKind.NeverEnds => -1,
            AbbreviationKind.MayEnd => char.IsUpper(following) ? end : -1,
            _ => char.IsLower(following) ? -1 : end,
        };
    }

    /// <summary>Classifies the word ending at the full stop: a known abbreviation, an initial, an acronym, or ordinary.</summary>
    private static AbbreviationKind KindOfWordBefore(string s, int stop, int lineStart, LanguageTextRules rules)
    {
        var start = stop;
        while (start > lineStart && (char.IsLetter(s[start - 1]) || s[start - 1] == Punctuation.FullStop))
        {
            start--;
        }

        while (start < stop && s[start] == Punctuation.FullStop)
        {
            start++;
        }

        if (start == stop)
        {
            return AbbreviationKind.None;
        }

        var known = rules.FindAbbreviation(s.AsSpan(start, stop - start + 1));
        if (known != AbbreviationKind.None)
        {
            return known;
        }

        var word = s.AsSpan(start, stop - start);
        if (WordShapes.IsInitial(word))
        {
            return AbbreviationKind.NeverEnds;
        }

        return WordShapes.IsDottedAcronym(word) ? AbbreviationKind.MayEnd : AbbreviationKind.None;
    }
}
