using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Pipeline;
using Dragoman.Time;

namespace Dragoman.Quantities;

/// <summary>
/// Gives each event the quantities of its clause: those inside its evidence span and those whose
/// nearest verb (or noun trigger) is the event's own.
/// </summary>
public sealed class QuantityAttacher : IPipelineStage
{
    public string Name => "event-quantities";

    public DocumentLayers Needs => DocumentLayers.Events | DocumentLayers.Quantities;

    public DocumentLayers Adds => DocumentLayers.None;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Events.Count == 0 || document.Quantities.Count == 0)
        {
            return;
        }

        var analyses = document.Clauses ?? [];
        var bySentence = document.Quantities.ToLookup(q => q.Sentence);
        var result = new List<CodedEvent>(document.Events.Count);
        foreach (var group in document.Events.GroupBy(e => e.Sentence))
        {
            var events = group.ToList();
            var quantities = bySentence[group.Key].ToList();
            if (quantities.Count == 0 || group.Key >= analyses.Count)
            {
                result.AddRange(events);
                continue;
            }

            var anchors = new EventAnchors(document, analyses[group.Key], events);
            var nearest = quantities.Select(q => anchors.Nearest(q.TokenStart, q.TokenEnd)).ToArray();
            for (var e = 0; e < events.Count; e++)
            {
                var own = quantities.Where((q, k) => nearest[k] == anchors.OfEvent(e)
                    || (q.Start >= events[e].Evidence.Start && q.End <= events[e].Evidence.End)).ToList();
                result.Add(own.Count > 0 ? events[e] with { Quantities = own } : events[e]);
            }
        }

        document.Events = result.OrderBy(e => e.Sentence).ToList();
    }
}
