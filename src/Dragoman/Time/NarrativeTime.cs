using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Time;

/// <summary>
/// A news story tells its scene in order: a sentence with no time of its own whose verb is in a past
/// tense ("«…», Macron told Xi.") happened on the day the story last named ("hosted Macron on
/// Thursday"). Only a day carries over, from the nearest earlier sentence that has any time; a
/// pluperfect ("had agreed") steps back out of the scene and keeps the publication date.
/// </summary>
internal static class NarrativeTime
{
    /// <summary>
    /// For each sentence, the day the sentences before it leave the story on, or null: the first
    /// day of the nearest earlier sentence that has any time, when that sentence names a day.
    /// </summary>
    public static TimeExpression?[] CarriedBySentence(IReadOnlyList<TimeExpression> all, int sentenceCount)
    {
        var carried = new TimeExpression?[sentenceCount];
        var current = (TimeExpression?)null;
        var t = 0;
        for (var s = 0; s < sentenceCount; s++)
        {
            carried[s] = current;
            var (any, day) = (false, (TimeExpression?)null);
            for (; t < all.Count && all[t].Sentence <= s; t++)
            {
                var time = all[t];
                if (time.Sentence == s && !time.NounModifier && time.Date is not null)
                {
                    any = true;
                    day ??= time.Granularity == TimeGranularity.Day ? time : null;
                }
            }

            current = any ? day : current;
        }

        return carried;
    }

    /// <summary>Whether a group tells the scene: a past tense, not hypothetical, not a pluperfect.</summary>
    public static bool InScene(Token[] tokens, VerbGroup group)
    {
        if (!group.Past || group.Hypothetical || group.Future)
        {
            return false;
        }

        for (var k = group.Start; k < group.Head; k++)
        {
            if (tokens[k].Pos == PartOfSpeech.Aux && tokens[k].Features is { } f
                && (f.Contains("past", StringComparison.Ordinal) || f.Contains("impf", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
