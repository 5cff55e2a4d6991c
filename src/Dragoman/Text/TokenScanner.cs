using System.Buffers;
using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Text;

/// <summary>
/// The tokenizer's inner loop over one document's normalized text: words (with elisions, clitics,
/// hyphens and known abbreviations), numbers, quotes, symbols and punctuation.
/// </summary>
internal sealed class TokenScanner
{
    private readonly NormalizedText normalized;
    private readonly string s;
    private readonly LanguageTextRules rules;
    private readonly SearchValues<char> extraSymbols;
    private readonly TokenStrings strings;

    // Tokens are gathered in a rented buffer and copied once into an array of the exact size.
    private Token[] tokens;
    private int count;

    public TokenScanner(NormalizedText normalized, LanguageTextRules rules, SearchValues<char> extraSymbols, TokenStrings strings)
    {
        this.normalized = normalized;
        s = normalized.Text;
        this.rules = rules;
        this.extraSymbols = extraSymbols;
        this.strings = strings;
        tokens = ArrayPool<Token>.Shared.Rent((s.Length / 5) + 4);
    }

    public int Count => count;

    public Token[] ToArray() => tokens.AsSpan(0, count).ToArray();

    /// <summary>Gives the buffer back to the pool, cleared so the pool holds no strings of this document.</summary>
    public void Release()
    {
        tokens.AsSpan(0, count).Clear();
        ArrayPool<Token>.Shared.Return(tokens);
        tokens = [];
        count = 0;
    }

    public void Scan(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = s[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c >= '\u0080' && char.IsDigit(c)))
            {
                i = ScanNumber(i, to);
            }
            else if (Chars.IsWordChar(s, i))
            {
                i = ScanWord(i, to);
            }
            else
            {
                i = ScanOther(i, to);
            }
        }
    }

    private int ScanWord(int start, int to)
    {
        var end = start;
        var apostrophe = -1;
        var firstStop = -1;
        while (end < to)
        {
            var letters = s.AsSpan(end, to - end).IndexOfAnyExcept(Chars.AsciiLettersAndDigits);
            end = letters < 0 ? to : end + letters;
            if (end >= to)
            {
                break;
            }

            if (s[end] >= '\u0080' && Chars.IsWordChar(s, end))
            {
                end += UnicodeRuns.Width(s, end);
                continue;
            }

            var c = s[end];
            if (c != Punctuation.Hyphen && c != Punctuation.Apostrophe && c != Punctuation.FullStop)
            {
                // Most words end at a space or a comma: only these three can join a word to what follows.
                break;
            }

            var joinsNext = end + 1 < to && Chars.IsWordChar(s, end + 1);
            if (c == Punctuation.Hyphen && joinsNext)
            {
                end++;
            }
            else if ((c == Punctuation.Apostrophe || c == Punctuation.FullStop) && joinsNext && Chars.IsLetter(s, end + 1))
            {
                if (c == Punctuation.Apostrophe && apostrophe < 0)
                {
                    apostrophe = end;
                }

                if (c == Punctuation.FullStop && firstStop < 0)
                {
                    firstStop = end;
                }

                end++;
            }
            else
            {
                break;
            }
        }

        if (firstStop >= 0)
        {
            var stopped = end < to && s[end] == Punctuation.FullStop ? end + 1 : end;
            if (rules.FindAbbreviation(s.AsSpan(start, stopped - start)) != AbbreviationKind.None
                || WordShapes.IsDottedAcronym(s.AsSpan(start, end - start)))
            {
                return Emit(start, stopped, TokenKind.Word);
            }

            // "Sig.ra": an abbreviation whose last part is not followed by a full stop.
            if (rules.FindAbbreviation(s.AsSpan(start, end - start)) != AbbreviationKind.None)
            {
                return Emit(start, end, TokenKind.Word);
            }

            // "fine.Poi": not an abbreviation, so the word stops at its first full stop.
            end = firstStop;
            apostrophe = apostrophe < end ? apostrophe : -1;
        }

        if (apostrophe >= 0)
        {
            return SplitAtApostrophe(start, apostrophe, end);
        }

        if (end < to && s[end] == Punctuation.FullStop
            && (WordShapes.IsInitial(s.AsSpan(start, end - start))
                || rules.FindAbbreviation(s.AsSpan(start, end - start + 1)) != AbbreviationKind.None))
        {
            return Emit(start, end + 1, TokenKind.Word);
        }

        // "un po'": an elided word keeps its apostrophe even with no word after it.
        if (end < to && s[end] == Punctuation.Apostrophe && rules.IsElision(s.AsSpan(start, end - start)))
        {
            return Emit(start, end + 1, TokenKind.Word);
        }

        return Emit(start, end, TokenKind.Word);
    }

    private int SplitAtApostrophe(int start, int apostrophe, int end)
    {
        // Italian elision: l'accordo -> l' + accordo; the rest is scanned as a word of its own.
        if (rules.IsElision(s.AsSpan(start, apostrophe - start)))
        {
            return Emit(start, apostrophe + 1, TokenKind.Word);
        }

        // English clitic: Russia's -> Russia + 's, didn't -> did + n't.
        var clitic = rules.CliticStart(s.AsSpan(start, end - start));
        if (clitic > 0)
        {
            Emit(start, start + clitic, TokenKind.Word);
            return Emit(start + clitic, end, TokenKind.Word);
        }

        return Emit(start, end, TokenKind.Word);
    }

    private int ScanNumber(int start, int to)
    {
        if (WordShapes.IsIsoDateAt(s.AsSpan(0, to), start))
        {
            return Emit(start, start + 10, TokenKind.Number);
        }

        var end = WithMarks(SkipDigits(start, to), to);

        // 11.000, 11,000, 3,5, 1.5, 19/06/2024, 10:30: separators between digit groups stay inside.
        while (end + 1 < to && s[end] is '.' or ',' or '/' or ':' && char.IsDigit(s[end + 1]))
        {
            end = WithMarks(SkipDigits(end + 1, to), to);
        }

        // "2nd", "90s", "5km": digits glued to letters form one word.
        if (end < to && Chars.IsLetter(s, end))
        {
            while (end < to && Chars.IsWordChar(s, end))
            {
                end += UnicodeRuns.Width(s, end);
            }

            return Emit(start, end, TokenKind.Word);
        }

        return Emit(start, WithMarks(end, to), TokenKind.Number);
    }

    private int SkipDigits(int index, int to)
    {
        while (index < to && char.IsDigit(s[index]))
        {
            index++;
        }

        return index;
    }

    private int ScanOther(int start, int to)
    {
        var c = s[start];
        if (c == Punctuation.FullStop && start + 1 < to && s[start + 1] == Punctuation.FullStop)
        {
            var end = start;
            while (end < to && s[end] == Punctuation.FullStop)
            {
                end++;
            }

            return Emit(start, WithMarks(end, to), TokenKind.Punctuation);
        }

        var width = UnicodeRuns.Width(s, start);
        var kind = Punctuation.IsQuote(c) ? TokenKind.Quote
            : extraSymbols.Contains(c) || Chars.IsSymbol(CharUnicodeInfo.GetUnicodeCategory(s, start)) ? TokenKind.Symbol
            : TokenKind.Punctuation;
        return Emit(start, WithMarks(start + width, to), kind);
    }

    /// <summary>Combining marks never start a token: they stay with whatever precedes them.</summary>
    private int WithMarks(int end, int to)
    {
        while (end < to && Chars.IsMark(s, end))
        {
            end += UnicodeRuns.Width(s, end);
        }

        return end;
    }

    private int Emit(int start, int end, TokenKind kind)
    {
        // Combining marks belong to the character before them, whichever rule ended the token there.
        end = WithMarks(end, s.Length);
        var (text, lower) = strings.Of(s.AsSpan(start, end - start));
        var glued = start > 0 && !char.IsWhiteSpace(s[start - 1]);
        if (count == tokens.Length)
        {
            Grow();
        }

        tokens[count++] = new Token(normalized.ToOriginal(start), normalized.ToOriginal(end), text, lower, kind) { Glued = glued };
        return end;
    }

    private void Grow()
    {
        var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
        tokens.AsSpan(0, count).CopyTo(larger);
        tokens.AsSpan(0, count).Clear();
        ArrayPool<Token>.Shared.Return(tokens);
        tokens = larger;
    }
}
