using System.Buffers;

namespace Dragoman.Quotes;

/// <summary>
/// Pairs quotation marks in the original text, paragraph by paragraph (a quote may cross a
/// sentence break, not a line break). Marks that are the same on both sides (" and ') open after
/// a space and close before a space or punctuation; an apostrophe inside a word is neither.
/// </summary>
public sealed class QuoteSpanFinder
{
    private readonly QuoteMarks marks;

    // Line breaks and every opening or closing mark: the only characters the scan stops at.
    private readonly SearchValues<char> stops;

    public QuoteSpanFinder(QuoteMarks marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        this.marks = marks;
        stops = SearchValues.Create([.. marks.CloserOf.Keys, .. marks.CloserOf.Values, '\n']);
    }

    public List<QuoteSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<QuoteSpan>();
        var open = new List<(char Closer, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(stops);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                open.Clear();
                continue;
            }

            var pending = LastOpenClosedBy(open, c);
            var isOpener = marks.CloserOf.TryGetValue(c, out var closer);
            var symmetric = isOpener && closer == c;
            if (pending >= 0 && (symmetric ? ClosesHere(text, i) : !FollowedByLetter(text, i)))
            {
                spans.Add(new QuoteSpan(open[pending].At, i));
                open.RemoveRange(pending, open.Count - pending);
            }
            else if (isOpener && (!symmetric || OpensHere(text, i)))
            {
                open.Add((closer, i));
            }
        }

        return spans.OrderBy(s => s.Open).ToList();
    }

    private static int LastOpenClosedBy(List<(char Closer, int At)> open, char c)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (open[k].Closer == c)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool OpensHere(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool FollowedByLetter(string text, int i) => i + 1 < text.Length && char.IsLetter(text[i + 1]);

    private static bool ClosesHere(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
}
