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
        : this(document, analysis, Triggers(document, analysis, events))
    {
    }

    /// <summary>Anchors for trigger words given by token index: "event" <c>e</c> is the word at <c>triggers[e]</c>.</summary>
    public EventAnchors(Document document, SentenceAnalysis analysis, int[] triggers)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(triggers);
        Analysis = analysis;
        tokens = document.Tokens;

        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            // A group whose head reads best as a noun ("hostage release deal") anchors only its own events.
            var group = analysis.Groups[g];
            if (tokens[group.Head].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux || AnyWithin(triggers, group.Start, group.Head))
            {
                anchors.Add((group.Start, group.Head + 1, g));
            }
        }

        ofEvent = new int[triggers.Length];
        for (var e = 0; e < triggers.Length; e++)
        {
            var trigger = triggers[e];
            var index = GroupAnchorHolding(trigger);
            if (index < 0)
            {
                index = TriggerAnchorAt(trigger);
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

    /// <summary>The first token of an anchor: the trigger word itself for a noun trigger.</summary>
    public int StartOf(int anchor) => anchors[anchor].Start;

    /// <summary>The verb group before a noun trigger (the verb that governs it), or -1.</summary>
    public int GroupBefore(int anchor)
    {
        var start = anchors[anchor].Start;
        var groups = Analysis.Groups;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g].Head < start)
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>The first verb group after a noun trigger, or -1.</summary>
    public int GroupAfter(int anchor)
    {
        var end = anchors[anchor].End;
        var groups = Analysis.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Start >= end)
            {
                return g;
            }
        }

        return -1;
    }

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
            if (g0 >= 0 && e0 <= start && !Secondary(Analysis.Groups[g0]) && tokens[Analysis.Groups[g0].Head].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux && !GroupAnchorBetween(e0, start)
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

    private static bool AnyWithin(int[] values, int low, int high)
    {
        foreach (var value in values)
        {
            if (value >= low && value <= high)
            {
                return true;
            }
        }

        return false;
    }

    private int GroupAnchorHolding(int token)
    {
        for (var a = 0; a < anchors.Count; a++)
        {
            if (anchors[a].Group >= 0 && token >= anchors[a].Start && token < anchors[a].End)
            {
                return a;
            }
        }

        return -1;
    }

    private int TriggerAnchorAt(int token)
    {
        for (var a = 0; a < anchors.Count; a++)
        {
            if (anchors[a].Start == token && anchors[a].Group < 0)
            {
                return a;
            }
        }

        return -1;
    }

    private bool GroupAnchorBetween(int from, int to)
    {
        foreach (var (start, end, group) in anchors)
        {
            if (start >= from && end <= to && group >= 0)
            {
                return true;
            }
        }

        return false;
    }

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
    private static int[] Triggers(Document document, SentenceAnalysis analysis, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        var triggers = new int[events.Count];
        for (var e = 0; e < triggers.Length; e++)
        {
            triggers[e] = TriggerToken(document, analysis.Sentence, events[e]);
        }

        return triggers;
    }

    public static int TriggerToken(Document document, Sentence sentence, CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(e);
        var tokens = document.Tokens;
        var firstWord = FirstWord(e.Evidence.Trigger);
        var last = sentence.TokenStart;
        for (var k = sentence.TokenStart; k < sentence.TokenEnd; k++)
        {
            if (tokens[k].Start < e.Evidence.Start || tokens[k].End > e.Evidence.End)
            {
                continue;
            }

            if (firstWord.Equals(tokens[k].Lower, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }

            last = k;
        }

        return last;
    }

    /// <summary>The first word of a phrase split at spaces (empty when there is none).</summary>
    private static ReadOnlySpan<char> FirstWord(string phrase)
    {
        var rest = phrase.AsSpan().TrimStart(' ');
        var space = rest.IndexOf(' ');
        return space < 0 ? rest : rest[..space];
    }
}
