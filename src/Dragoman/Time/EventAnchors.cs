using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Time;

/// <summary>
/// The places of a sentence that words of time and quantity attach to: every verb group, plus the
/// trigger of each event that is not a verb ("the attack"). A phrase belongs to the nearest one.
/// </summary>
public sealed class EventAnchors
{
    private readonly List<(int Start, int End, int Group)> anchors = [];
    private readonly int[] ofEvent;

    public EventAnchors(Document document, SentenceAnalysis analysis, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        Analysis = analysis;
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            anchors.Add((analysis.Groups[g].Start, analysis.Groups[g].Head + 1, g));
        }

        ofEvent = new int[events.Count];
        for (var e = 0; e < events.Count; e++)
        {
            var trigger = TriggerToken(document, analysis.Sentence, events[e]);
            var index = anchors.FindIndex(a => a.Group >= 0 && trigger >= a.Start && trigger < a.End);
            if (index < 0)
            {
                index = anchors.FindIndex(a => a.Start == trigger && a.Group < 0);
            }

            if (index < 0)
            {
                anchors.Add((trigger, trigger + 1, -1));
                index = anchors.Count - 1;
            }

            ofEvent[e] = index;
        }
    }

    public SentenceAnalysis Analysis { get; }

    public int Count => anchors.Count;

    /// <summary>The anchor of event <paramref name="e"/> (its index in the list given to the constructor).</summary>
    public int OfEvent(int e) => ofEvent[e];

    /// <summary>The verb group index of an anchor, or -1 for a noun trigger.</summary>
    public int GroupOf(int anchor) => anchors[anchor].Group;

    /// <summary>The verb group before a noun trigger (the verb that governs it), or -1.</summary>
    public int GroupBefore(int anchor) => Analysis.Groups.ToList().FindLastIndex(g => g.Head < anchors[anchor].Start);

    /// <summary>The anchor nearest to tokens [start, end), the earlier one on a tie; -1 when there is none.</summary>
    public int Nearest(int start, int end)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var a = 0; a < anchors.Count; a++)
        {
            var (s, e, _) = anchors[a];
            var distance = start >= e ? start - e : s >= end ? s - end : 0;
            if (distance < bestDistance || (distance == bestDistance && best >= 0 && s < anchors[best].Start))
            {
                best = a;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The token where an event's trigger starts inside its evidence span (the span's last token when not found).</summary>
    public static int TriggerToken(Document document, Sentence sentence, CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(e);
        var tokens = document.Tokens;
        var firstWord = e.Evidence.Trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var last = sentence.TokenStart;
        for (var k = sentence.TokenStart; k < sentence.TokenEnd; k++)
        {
            if (tokens[k].Start < e.Evidence.Start || tokens[k].End > e.Evidence.End)
            {
                continue;
            }

            if (string.Equals(tokens[k].Lower, firstWord, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }

            last = k;
        }

        return last;
    }
}
