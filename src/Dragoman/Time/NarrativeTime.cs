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
    /// <summary>The day the sentences before <paramref name="sentence"/> leave the story on, or null.</summary>
    public static TimeExpression? Carried(IReadOnlyList<TimeExpression> all, int sentence)
    {
        for (var s = sentence - 1; s >= 0; s--)
        {
            TimeExpression? first = null;
            foreach (var time in all)
            {
                if (time.Sentence == s && !time.NounModifier && time.Date is not null)
                {
                    first ??= time;
                    if (time.Granularity == TimeGranularity.Day)
                    {
                        return time;
                    }
                }
            }

            if (first is not null)
            {
                return null;
            }
        }

        return null;
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
