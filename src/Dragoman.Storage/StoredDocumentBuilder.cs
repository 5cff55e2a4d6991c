using Dragoman.Actors;
using Dragoman.Cameo;
using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Storage;

/// <summary>
/// Turns a processed <see cref="Document"/> into the records the store keeps. Quotes and treaties
/// are mapped here too once the quote and treaty stages add them to <see cref="Document"/>:
/// fill <see cref="StoredDocument.Quotes"/> and <see cref="StoredDocument.Treaties"/> in <see cref="From"/>.
/// </summary>
public sealed class StoredDocumentBuilder
{
    private readonly CameoCodebook codebook;

    public StoredDocumentBuilder(CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        this.codebook = codebook;
    }

    public StoredDocument From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new StoredDocument
        {
            Id = document.Id,
            ContentHash = ContentHash.Of(document.Text),
            Source = document.Info.Source,
            Url = document.Info.Url,
            Title = document.Info.Title,
            Language = document.Language,
            PublicationDate = document.PublicationDate,
            Text = document.Text,
            Events = [.. document.Events.Select(e => Event(document, e))],
            Mentions = [.. document.Mentions.Select(m => Mention(document, m))],
        };
    }

    private StoredEvent Event(Document document, CodedEvent e)
    {
        var cameo = codebook.Get(e.Cameo);
        return new StoredEvent
        {
            Sentence = e.Sentence,
            Date = e.Date,
            DateSource = e.DateSource,
            Source = Actor(e.Source, e.SourceText),
            Target = Actor(e.Target, e.TargetText),
            Cameo = cameo.Code,
            Label = cameo.Label,
            Root = cameo.Root,
            Goldstein = cameo.Goldstein,
            QuadClass = cameo.QuadClass,
            Plover = cameo.Plover,
            Negated = e.Negated,
            Mood = e.Mood.ToString().ToLowerInvariant(),
            AttributionBy = e.Attribution?.By,
            AttributionText = e.Attribution?.Text,
            EvidenceStart = e.Evidence.Start,
            EvidenceEnd = e.Evidence.End,
            EvidenceText = document.Slice(e.Evidence.Start, e.Evidence.End),
            Trigger = e.Evidence.Trigger,
            Rule = e.Evidence.Rule,
        };
    }

    private static StoredActor? Actor(Actor? actor, string? text) =>
        actor is null ? null : new StoredActor(actor.Code, actor.Country, actor.Name, text);

    private static StoredMention Mention(Document document, ActorMention m) => new(
        m.Sentence,
        m.Start,
        m.End,
        document.Slice(m.Start, m.End),
        m.Actor.Code,
        m.Actor.Country,
        m.Actor.Name,
        m.Kind.ToString().ToLowerInvariant(),
        m.Members.Count > 0 ? string.Join(' ', m.Members.Select(a => a.Code)) : null,
        m.Reason);
}
