using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Time;

/// <summary>
/// Dates each event by the time expression of its own clause: the expression attached to its verb
/// (or noun trigger), else one inside its evidence span, else the one its verb inherits (gerunds,
/// coordinated verbs and the complement of a verb of saying share the time of the verb before
/// them); otherwise the event keeps the publication date. Noun modifiers ("del 1961") never count.
/// </summary>
public sealed class EventDater : IPipelineStage
{
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
        var times = document.TimeExpressions.Where(t => !t.NounModifier && t.Date is not null).ToLookup(t => t.Sentence);
        var dated = new List<CodedEvent>(document.Events.Count);
        foreach (var group in document.Events.GroupBy(e => e.Sentence))
        {
            var events = group.ToList();
            if (group.Key >= analyses.Count || !times[group.Key].Any())
            {
                dated.AddRange(events);
                continue;
            }

            dated.AddRange(DateSentence(document, analyses[group.Key], events, times[group.Key].ToList()));
        }

        document.Events = dated.OrderBy(e => e.Sentence).ToList();
    }

    private static IEnumerable<CodedEvent> DateSentence(Document document, SentenceAnalysis analysis, List<CodedEvent> events, List<TimeExpression> times)
    {
        var anchors = new EventAnchors(document, analysis, events);
        var attached = new TimeExpression?[anchors.Count];
        foreach (var time in times)
        {
            var a = anchors.Nearest(time.TokenStart, time.TokenEnd);
            if (a >= 0 && (attached[a] is null || time.Granularity < attached[a]!.Granularity))
            {
                attached[a] = time;
            }
        }

        var groups = analysis.Groups;
        var ofGroup = new TimeExpression?[groups.Count];
        for (var a = 0; a < anchors.Count; a++)
        {
            if (anchors.GroupOf(a) is var g and >= 0)
            {
                ofGroup[g] = attached[a];
            }
        }

        for (var g = 1; g < groups.Count; g++)
        {
            if (ofGroup[g] is null && (groups[g].NonFinite || groups[g].Coordinated || groups[g - 1].Reporting))
            {
                ofGroup[g] = ofGroup[g - 1];
            }
        }

        // "Speaking in Kyiv on Monday, the minister said…": an opening gerund or participle clause
        // happens at the time of the main verb that follows it.
        if (groups.Count > 1 && groups[0].NonFinite && ofGroup[0] is not null && ofGroup[1] is null && !groups[1].NonFinite)
        {
            ofGroup[1] = ofGroup[0];
        }

        for (var e = 0; e < events.Count; e++)
        {
            var anchor = anchors.OfEvent(e);
            var g = anchors.GroupOf(anchor);
            var inEvidence = FirstInside(times, events[e].Evidence.Start, events[e].Evidence.End);
            var time = (g < 0 ? inEvidence ?? attached[anchor] : attached[anchor] ?? inEvidence)
                ?? (g >= 0 ? ofGroup[g] : GoverningTime(anchors, anchor, ofGroup));
            // An event told as future looks ahead ("plans to hold talks on Tuesday"); a verb of intent told in
            // the past does not ("agreed on Tuesday to ensure…": the agreeing happened last Tuesday).
            var future = events[e].Mood == EventMood.Future
                || (g >= 0 && (groups[g].Future || (groups[g].Intent && !(document.Tokens[groups[g].Head].Features ?? "").Contains("past", StringComparison.Ordinal))));
            yield return time?.DateFor(future) is { } date ? events[e] with { Date = date, DateSource = $"clause: {time.Text}" } : events[e];
        }
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
