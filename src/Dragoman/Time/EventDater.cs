using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Time;

/// <summary>
/// Dates each event by the time expression of its own clause: the expression attached to its verb
/// (or noun trigger), else one inside its evidence span, else the one its verb inherits (gerunds,
/// coordinated verbs, relative clauses and the complement of a verb of saying share the time of the verb before
/// them); otherwise the event keeps the publication date. Noun modifiers ("del 1961") never count.
/// </summary>
public sealed class EventDater : IPipelineStage
{
    /// <summary>How many words may stand between a trigger noun and a time that modifies it ("Saturday night's Iranian barrage").</summary>
    private const int NounPhraseReach = 3;

    public string Name => "event-dates";

    public DocumentLayers Needs => DocumentLayers.Events | DocumentLayers.Dates;

    public DocumentLayers Adds => DocumentLayers.None;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Events.Count == 0 || document.TimeExpressions.Count == 0)
        {
            return;
        }

        var analyses = document.Clauses ?? [];
        var times = document.TimeExpressions.Where(t => t.Date is not null).ToLookup(t => t.Sentence);
        var dated = new List<CodedEvent>(document.Events.Count);
        var story = NarrativeTime.CarriedBySentence(document.TimeExpressions, document.Sentences.Count);
        foreach (var group in document.Events.GroupBy(e => e.Sentence))
        {
            var events = group.ToList();
            if (group.Key < analyses.Count && !times[group.Key].Any() && story[group.Key] is { } carried)
            {
                dated.AddRange(Continue(document, analyses[group.Key], events, carried));
                continue;
            }

            if (group.Key >= analyses.Count || !times[group.Key].Any())
            {
                dated.AddRange(events);
                continue;
            }

            dated.AddRange(DateSentence(document, analyses[group.Key], events, times[group.Key].ToList()));
        }

        document.Events = dated.OrderBy(e => e.Sentence).ToList();
    }

    /// <summary>
    /// The time an event triggered by the word at <paramref name="token"/> would get, by the same
    /// rules, or null when it would keep the publication date: reads a clause's time where no event
    /// was coded, to check date resolution apart from event coding.
    /// </summary>
    public static (DateOnly? Date, TimeExpression? Time) DateOfWord(Document document, SentenceAnalysis analysis, int token)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        var all = document.TimeExpressions.Where(t => t.Sentence == analysis.Sentence.Index && t.Date is not null).ToList();
        var times = all.Where(t => !t.NounModifier).ToList();
        var anchors = new EventAnchors(document, analysis, [token]);
        if (all.Count == 0)
        {
            var carried = NarrativeTime.CarriedBySentence(document.TimeExpressions, document.Sentences.Count)[analysis.Sentence.Index];
            return carried is not null && SceneGroup(anchors, 0) is var scene and >= 0 && NarrativeTime.InScene(document.Tokens, analysis.Groups[scene])
                ? (carried.Date, carried)
                : (null, null);
        }

        var ofGroup = GroupTimes(anchors, times, out var attached, out var owner);
        var anchor = anchors.OfEvent(0);
        var g = anchors.GroupOf(anchor);
        var time = (g < 0 ? OwnModifier(all, token) : null) ?? attached[anchor] ?? (g >= 0 ? ofGroup[g] : GoverningTime(anchors, anchor, ofGroup));
        var future = g >= 0 && LooksAhead(analysis.Groups[owner[g]]);
        return (time?.DateFor(future), time);
    }

    /// <summary>Dates the events of a sentence with no time of its own by the day the story is on, where their verb tells the scene.</summary>
    private static IEnumerable<CodedEvent> Continue(Document document, SentenceAnalysis analysis, List<CodedEvent> events, TimeExpression carried)
    {
        var anchors = new EventAnchors(document, analysis, events);
        for (var e = 0; e < events.Count; e++)
        {
            var g = SceneGroup(anchors, e);
            yield return g >= 0 && NarrativeTime.InScene(document.Tokens, analysis.Groups[g]) && carried.Date is { } date
                ? events[e] with { Date = date, DateSource = $"previous sentence: {carried.Text}" }
                : events[e];
        }
    }

    /// <summary>The verb group that tells event <paramref name="e"/>: its own, else the verb governing its noun trigger, else -1.</summary>
    private static int SceneGroup(EventAnchors anchors, int e)
    {
        var anchor = anchors.OfEvent(e);
        var g = anchors.GroupOf(anchor);
        if (g >= 0)
        {
            return g;
        }

        return anchors.GroupBefore(anchor) is var before and >= 0 ? before : anchors.GroupAfter(anchor);
    }

    private static IEnumerable<CodedEvent> DateSentence(Document document, SentenceAnalysis analysis, List<CodedEvent> events, List<TimeExpression> all)
    {
        var times = all.Where(t => !t.NounModifier).ToList();
        var anchors = new EventAnchors(document, analysis, events);
        var ofGroup = GroupTimes(anchors, times, out var attached, out var owner);
        var groups = analysis.Groups;
        for (var e = 0; e < events.Count; e++)
        {
            var anchor = anchors.OfEvent(e);
            var g = anchors.GroupOf(anchor);
            var inEvidence = FirstInside(times, events[e].Evidence.Start, events[e].Evidence.End);
            var time = (g < 0 ? OwnModifier(all, anchors.StartOf(anchor)) ?? inEvidence ?? attached[anchor] : attached[anchor] ?? inEvidence)
                ?? (g >= 0 ? ofGroup[g] : GoverningTime(anchors, anchor, ofGroup));
            // An event told as future looks ahead ("plans to hold talks on Tuesday"), unless its time belongs to
            // a verb told in the past ("agreed on Tuesday to ensure…": the agreeing happened last Tuesday).
            var future = g < 0 ? events[e].Mood == EventMood.Future
                : LooksAhead(groups[owner[g]]) || (events[e].Mood == EventMood.Future && owner[g] == g && !groups[g].Past);
            yield return time?.DateFor(future) is { } date ? events[e] with { Date = date, DateSource = $"clause: {time.Text}" } : events[e];
        }
    }

    /// <summary>Whether a group's own time points ahead: a future, or an intent not told in the past.</summary>
    private static bool LooksAhead(VerbGroup group) => group.Future || (group.Intent && !group.Past);

    /// <summary>Attaches each time expression to its nearest anchor, then lets groups without one inherit it.</summary>
    private static TimeExpression?[] GroupTimes(EventAnchors anchors, List<TimeExpression> times, out TimeExpression?[] attached, out int[] owner)
    {
        attached = new TimeExpression?[anchors.Count];
        foreach (var time in times)
        {
            var a = anchors.Nearest(time.TokenStart, time.TokenEnd);
            if (a >= 0 && (attached[a] is null || time.Granularity < attached[a]!.Granularity))
            {
                attached[a] = time;
            }
        }

        var groups = anchors.Analysis.Groups;
        var ofGroup = new TimeExpression?[groups.Count];
        owner = new int[groups.Count];
        for (var g = 0; g < owner.Length; g++)
        {
            owner[g] = g;
        }

        for (var a = 0; a < anchors.Count; a++)
        {
            if (anchors.GroupOf(a) is var g and >= 0)
            {
                ofGroup[g] = attached[a];
            }
        }

        for (var g = 1; g < groups.Count; g++)
        {
            // A relative clause with no time of its own ("…, all of which were shot down") tells what
            // happened next in the same scene, at the time of the clause it hangs on.
            if (ofGroup[g] is null && (groups[g].NonFinite || groups[g].Coordinated || groups[g].Relative || groups[g - 1].Reporting))
            {
                ofGroup[g] = ofGroup[g - 1];
                owner[g] = owner[g - 1];
            }
        }

        // "Speaking in Kyiv on Monday, the minister said…": an opening gerund or participle clause
        // happens at the time of the main verb that follows it, also when its time went to a noun
        // inside it ("Addressing a joint meeting of Congress on Wednesday, Netanyahu described…").
        if (groups.Count > 1 && groups[0].NonFinite && ofGroup[0] is null)
        {
            for (var a = 0; a < anchors.Count; a++)
            {
                if (anchors.GroupOf(a) < 0 && attached[a] is { } inside && anchors.StartOf(a) > groups[0].Head && anchors.StartOf(a) < groups[1].Start)
                {
                    ofGroup[0] = inside;
                    break;
                }
            }
        }

        if (groups.Count > 1 && groups[0].NonFinite && ofGroup[0] is not null && ofGroup[1] is null && !groups[1].NonFinite)
        {
            ofGroup[1] = ofGroup[0];
            owner[1] = owner[0];
        }

        return ofGroup;
    }

    /// <summary>
    /// A noun trigger takes the time of the verb that governs it ("condemned Friday's attack"), else,
    /// as the subject of the verb after it, that verb's time ("the meeting on Friday ended…").
    /// </summary>
    private static TimeExpression? GoverningTime(EventAnchors anchors, int anchor, TimeExpression?[] ofGroup)
    {
        if (anchors.GroupBefore(anchor) is var before and >= 0)
        {
            return ofGroup[before];
        }

        return anchors.GroupAfter(anchor) is var after and >= 0 ? ofGroup[after] : null;
    }

    /// <summary>
    /// A time inside the trigger noun's own phrase dates that noun's event: before it ("Saturday
    /// night's barrage", "the Friday attack"), or after it as a modifier ("l'attacco del 7 ottobre"),
    /// which must not move the clause's verb but does date the noun.
    /// </summary>
    private static TimeExpression? OwnModifier(List<TimeExpression> times, int trigger)
    {
        foreach (var time in times)
        {
            if ((time.TokenEnd <= trigger && trigger - time.TokenEnd <= NounPhraseReach)
                || (time.NounModifier && time.TokenStart > trigger && time.TokenStart - trigger <= NounPhraseReach))
            {
                return time;
            }
        }

        return null;
    }

    private static TimeExpression? FirstInside(List<TimeExpression> times, int start, int end)
    {
        foreach (var time in times)
        {
            if (time.Start >= start && time.End <= end)
            {
                return time;
            }
        }

        return null;
    }
}
