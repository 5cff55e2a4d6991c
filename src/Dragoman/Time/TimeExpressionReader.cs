using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Time;

/// <summary>Reads one time expression starting at a token and resolves it against the publication date.</summary>
internal sealed class TimeExpressionReader(TimeLexicon lexicon, DateOnly? published)
{
    private static readonly char[] NumericSeparators = ['/', '-', '.'];

    /// <summary>The expression starting at token <paramref name="i"/>, with token range and dates set, or null.</summary>
    public TimeExpression? Read(Token[] tokens, Sentence sentence, int i, DateOnly? anchor)
    {
        // "Saturday night's barrage", "Tuesday's vote": a possessive makes the time part of a noun phrase.
        var read = ReadExpression(tokens, sentence, i, anchor);
        return read is { NounModifier: false }
            && lexicon.At(tokens.AsSpan(0, sentence.TokenEnd), read.TokenEnd, sentence.TokenEnd, TimePhraseKind.ModifierSuffix) is not null
            ? read with { NounModifier = true }
            : read;
    }

    private TimeExpression? ReadExpression(Token[] tokens, Sentence sentence, int i, DateOnly? anchor)
    {
        var span = tokens.AsSpan(0, sentence.TokenEnd);
        var end = sentence.TokenEnd;
        if (lexicon.At(span, i, end, TimePhraseKind.DayOffset, TimePhraseKind.WeekOffset, TimePhraseKind.MonthOffset, TimePhraseKind.YearOffset, TimePhraseKind.AnchoredOffset) is { } relative)
        {
            return Relative(relative, i, anchor);
        }

        if (Ago(span, i, end) is { } ago)
        {
            return ago;
        }

        // Every other expression opens with a number, a weekday, a month or a past/next word.
        if (tokens[i].Kind != TokenKind.Number && !lexicon.Starts(tokens[i].Lower, TimePhraseKind.Past, TimePhraseKind.Next, TimePhraseKind.Weekday, TimePhraseKind.Month))
        {
            return null;
        }

        var modifier = lexicon.Before(span, sentence.TokenStart, i, TimePhraseKind.ModifierPrefix) is not null;

        if (Numeric(tokens[i]) is { } numeric)
        {
            return Make(i, i + 1, numeric, numeric, TimeGranularity.Day, modifier);
        }

        var j = i;
        var direction = 0;
        if (lexicon.At(span, j, end, TimePhraseKind.Past, TimePhraseKind.Next) is { } before)
        {
            direction = before.Kind == TimePhraseKind.Past ? -1 : 1;
            j += before.Length;
        }

        var weekday = lexicon.At(span, j, end, TimePhraseKind.Weekday);
        if (weekday is { } w)
        {
            j += w.Length;
        }

        if (DayMonth(span, j, end, direction) is { } dated)
        {
            return Make(i, dated.End, dated.Date, dated.FutureDate, TimeGranularity.Day, modifier);
        }

        if (weekday is { } day)
        {
            if (lexicon.At(span, j, end, TimePhraseKind.Past, TimePhraseKind.Next) is { } after)
            {
                direction = after.Kind == TimePhraseKind.Past ? -1 : 1;
                j += after.Length;
            }

            return Weekday(i, j, day.Value, direction, modifier);
        }

        if (direction == 0 && Year(tokens[i]) is { } year)
        {
            var prefixed = lexicon.Before(span, sentence.TokenStart, i, TimePhraseKind.YearPrefix) is not null;
            return modifier || prefixed ? Make(i, i + 1, new DateOnly(year, 1, 1), null, TimeGranularity.Year, !prefixed || modifier) : null;
        }

        return MonthAlone(span, sentence, i, j, direction, modifier);
    }

    private TimeExpression? MonthAlone(ReadOnlySpan<Token> span, Sentence sentence, int i, int j, int direction, bool modifier)
    {
        if (lexicon.At(span, j, sentence.TokenEnd, TimePhraseKind.Month) is not { } month)
        {
            return null;
        }

        var end = j + month.Length;
        if (end < sentence.TokenEnd && Year(span[end]) is { } year)
        {
            return Make(i, end + 1, new DateOnly(year, month.Value, 1), null, TimeGranularity.Month, modifier);
        }

        if (direction == 0 && lexicon.Before(span, sentence.TokenStart, i, TimePhraseKind.MonthPrefix) is null)
        {
            return null;
        }

        return published is not { } p ? Make(i, end, null, null, TimeGranularity.Month, modifier)
            : Make(i, end, CalendarMath.Month(p, month.Value, direction > 0), CalendarMath.Month(p, month.Value, direction >= 0), TimeGranularity.Month, modifier);
    }

    /// <summary>"19 giugno 2024", "8 dicembre", "June 19, 2024", "March 7".</summary>
    private (int End, DateOnly? Date, DateOnly? FutureDate)? DayMonth(ReadOnlySpan<Token> span, int j, int end, int direction)
    {
        int day, month, after;
        if (j < end && TimeExpressionFinder.SmallNumber(span[j], 31) is { } d && lexicon.At(span, j + 1, end, TimePhraseKind.Month) is { } m)
        {
            (day, month, after) = (d, m.Value, j + 1 + m.Length);
        }
        else if (lexicon.At(span, j, end, TimePhraseKind.Month) is { } m2 && j + m2.Length < end && TimeExpressionFinder.SmallNumber(span[j + m2.Length], 31) is { } d2)
        {
            (day, month, after) = (d2, m2.Value, j + m2.Length + 1);
        }
        else
        {
            return null;
        }

        var yearAt = after < end && span[after].Lower == "," ? after + 1 : after;
        if (yearAt < end && Year(span[yearAt]) is { } year)
        {
            return CalendarMath.TryCreate(year, month, day, out var full) ? (yearAt + 1, full, full) : null;
        }

        if (published is not { } p)
        {
            return (after, null, null);
        }

        return (after, CalendarMath.DayMonth(p, month, day, direction > 0), CalendarMath.DayMonth(p, month, day, direction >= 0));
    }

    private TimeExpression Weekday(int i, int end, int weekday, int direction, bool modifier)
    {
        if (published is not { } p)
        {
            return Make(i, end, null, null, TimeGranularity.Day, modifier);
        }

        var past = CalendarMath.WeekdayOnOrBefore(p, weekday, strict: direction < 0);
        var next = CalendarMath.WeekdayOnOrAfter(p, weekday, strict: direction > 0);
        return direction > 0 ? Make(i, end, next, next, TimeGranularity.Day, modifier)
            : direction < 0 ? Make(i, end, past, past, TimeGranularity.Day, modifier)
            : Make(i, end, past, next, TimeGranularity.Day, modifier);
    }

    /// <summary>
    /// "three days ago", "due settimane fa", "a year ago": a count (digits or a number word), a unit
    /// whose value is its length in days (30 and 365 count calendar months and years) and the marker.
    /// </summary>
    private TimeExpression? Ago(ReadOnlySpan<Token> span, int i, int end)
    {
        int count, j;
        if (TimeExpressionFinder.SmallNumber(span[i], 999) is { } digits)
        {
            (count, j) = (digits, i + 1);
        }
        else if (lexicon.At(span, i, end, TimePhraseKind.NumberWord) is { } word)
        {
            (count, j) = (word.Value, i + word.Length);
        }
        else
        {
            return null;
        }

        if (lexicon.At(span, j, end, TimePhraseKind.AgoUnit) is not { } unit || lexicon.At(span, j + unit.Length, end, TimePhraseKind.Ago) is not { } marker)
        {
            return null;
        }

        var last = j + unit.Length + marker.Length;
        if (published is not { } p)
        {
            return Make(i, last, null, null, TimeGranularity.Day, false);
        }

        var (date, granularity) = unit.Value switch
        {
            >= 365 => (new DateOnly(p.Year - count, 1, 1), TimeGranularity.Year),
            >= 28 => (new DateOnly(p.Year, p.Month, 1).AddMonths(-count), TimeGranularity.Month),
            7 => (p.AddDays(-7 * count), TimeGranularity.Week),
            _ => (p.AddDays(-unit.Value * count), TimeGranularity.Day),
        };
        return Make(i, last, date, date, granularity, false);
    }

    private TimeExpression Relative(TimePhrase phrase, int i, DateOnly? anchor)
    {
        var end = i + phrase.Length;
        if (published is not { } p)
        {
            return Make(i, end, null, null, TimeGranularity.Day, false);
        }

        var (date, granularity) = phrase.Kind switch
        {
            TimePhraseKind.DayOffset => (p.AddDays(phrase.Value), TimeGranularity.Day),
            TimePhraseKind.WeekOffset => (p.AddDays(7 * phrase.Value), TimeGranularity.Week),
            TimePhraseKind.MonthOffset => (new DateOnly(p.Year, p.Month, 1).AddMonths(phrase.Value), TimeGranularity.Month),
            TimePhraseKind.YearOffset => (new DateOnly(p.Year + phrase.Value, 1, 1), TimeGranularity.Year),
            _ => ((anchor ?? p).AddDays(phrase.Value), TimeGranularity.Day),
        };
        return Make(i, end, date, date, granularity, false);
    }

    private DateOnly? Numeric(Token token)
    {
        if (token.Kind != TokenKind.Number || token.Text.IndexOfAny(NumericSeparators) < 0)
        {
            return null;
        }

        // Exactly three runs of digits between separators: "19/06/2024", "2024-06-19".
        var text = token.Text.AsSpan();
        var first = text.IndexOfAny(NumericSeparators);
        var second = first + 1 + text[(first + 1)..].IndexOfAny(NumericSeparators);
        if (second <= first || text[(second + 1)..].IndexOfAny(NumericSeparators) >= 0)
        {
            return null;
        }

        Span<Range> parts = [Range.EndAt(first), (first + 1)..second, Range.StartAt(second + 1)];
        Span<int> n = stackalloc int[3];
        for (var k = 0; k < 3; k++)
        {
            if (text[parts[k]].Length == 0 || text[parts[k]].ContainsAnyExceptInRange('0', '9'))
            {
                return null;
            }
        }

        for (var k = 0; k < 3; k++)
        {
            n[k] = int.Parse(text[parts[k]], CultureInfo.InvariantCulture);
        }

        if (text[parts[0]].Length == 4)
        {
            return CalendarMath.TryCreate(n[0], n[1], n[2], out var iso) ? iso : null;
        }

        var yearDigits = text[parts[2]].Length;
        var year = yearDigits == 2 ? 2000 + n[2] : n[2];
        foreach (var order in lexicon.NumericOrders)
        {
            var (day, month) = order == "mdy" ? (n[1], n[0]) : (n[0], n[1]);
            if (yearDigits is 2 or 4 && CalendarMath.TryCreate(year, month, day, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static int? Year(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2199 ? y : null;

    private static TimeExpression Make(int start, int end, DateOnly? date, DateOnly? future, TimeGranularity granularity, bool modifier) =>
        new(0, start, end, 0, 0, "") { Date = date, FutureDate = future, Granularity = granularity, NounModifier = modifier };
}
