using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Time;

/// <summary>
/// The places of a sentence that words of time and quantity attach to: every verb group, plus the
/// trigger of each event that is not a verb ("the attack"). A phrase belongs to the nearest one.
/// </summary>
public sealed class EventAnchors
{
    /// <summary>Extra distance for a verb that is not the clause's finite verb, and for each comma or conjunction crossed.</summary>
    private const int Penalty = 8;

    private readonly List<(int Start, int End, int Group)> anchors = [];
    private readonly int[] ofEvent;
    private readonly Token[] tokens;

    public EventAnchors(Document document, SentenceAnalysis analysis, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        Analysis = analysis;
        tokens = document.Tokens;
        var triggers = events.Select(e => TriggerToken(document, analysis.Sentence, e)).ToArray();
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            // A group whose head reads best as a noun ("hostage release deal") anchors only its own events.
            var group = analysis.Groups[g];
            if (tokens[group.Head].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux || triggers.Any(t => t >= group.Start && t <= group.Head))
            {
                anchors.Add((group.Start, group.Head + 1, g));
            }
        }

        ofEvent = new int[events.Count];
        for (var e = 0; e < events.Count; e++)
        {
            var trigger = triggers[e];
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

    /// <summary>
    /// The anchor of tokens [start, end): the finite verb before them in the same clause (no
    /// punctuation between), else the nearest anchor counting penalties, the earlier one on a tie;
    /// -1 when there is none.
    /// </summary>
    public int Nearest(int start, int end)
    {
        for (var a = anchors.Count - 1; a >= 0; a--)
        {
            var (_, e0, g0) = anchors[a];
            if (g0 >= 0 && e0 <= start && !Secondary(Analysis.Groups[g0]) && tokens[Analysis.Groups[g0].Head].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux && !anchors.Any(o => o.Start >= e0 && o.End <= start && o.Group >= 0)
                && !HasPunctuation(e0, start))
            {
                return a;
            }
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        for (var a = 0; a < anchors.Count; a++)
        {
            var (s, e, g) = anchors[a];
            var distance = start >= e ? Gap(e, start) : s >= end ? Gap(end, s) : 0;
            if (g >= 0 && Secondary(Analysis.Groups[g]))
            {
                distance += Penalty;
            }

            if (distance < bestDistance || (distance == bestDistance && best >= 0 && s < anchors[best].Start))
            {
                best = a;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Gerunds, infinitives and bare participles ("i leader riuniti a Rio") rarely carry the clause's time.</summary>
    private bool Secondary(VerbGroup group) =>
        group.NonFinite || (group.Start == group.Head && tokens[group.Head].Features is { } f && f.StartsWith("pp", StringComparison.Ordinal));

    private bool HasPunctuation(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return false;
    }

    private int Gap(int from, int to)
    {
        var gap = to - from;
        for (var k = from; k < to; k++)
        {
            gap += tokens[k].Kind == TokenKind.Punctuation ? Penalty : tokens[k].Pos is PartOfSpeech.Cconj or PartOfSpeech.Sconj ? 2 : 0;
        }

        return gap;
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
