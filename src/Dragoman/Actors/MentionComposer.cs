using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>
/// Joins gazetteer atoms into actor mentions: role + demonym ("il ministro degli Esteri cinese"),
/// holder + role ("Russian President", "U.S. president", "Hamas fighters"), role + of + holder
/// ("il leader della Corea del Nord"), holder + possessive + role ("Taiwan's president"), each
/// optionally followed by the person it names, directly or in apposition ("…, Kim Jong-un").
/// </summary>
public sealed class MentionComposer
{
    private readonly ActorLinks links;
    private readonly MentionBuilder builder;
    private readonly DescriptionMentions descriptions;

    public MentionComposer(ActorGazetteer gazetteer, ActorLinks links)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(links);
        this.links = links;
        builder = new MentionBuilder(gazetteer);
        descriptions = new DescriptionMentions(gazetteer);
    }

    public List<ActorMention> Compose(Document document, Sentence sentence, List<Atom> atoms, DateOnly date, DocumentMemory memory)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(memory);
        var mentions = new List<ActorMention>();
        Compose(document, sentence, atoms, date, memory, mentions);
        return mentions;
    }

    /// <summary>Appends the sentence's mentions to <paramref name="mentions"/>, the document's list, instead of a list of its own.</summary>
    internal void Compose(Document document, Sentence sentence, List<Atom> atoms, DateOnly date, DocumentMemory memory, List<ActorMention> mentions)
    {
        memory.BeginSentence();
        var context = new CompositionContext(document, sentence, atoms, date, memory, links);
        var i = 0;
        while (i < atoms.Count)
        {
            var (mention, next) = ComposeAt(context, i);
            if (mention is not null)
            {
                mentions.Add(mention);
            }

            i = next;
        }
    }

    private (ActorMention? Mention, int Next) ComposeAt(CompositionContext c, int i)
    {
        var atom = c.Atoms[i];
        var parts = c.PartsStartingAt(atom);
        var j = i + 1;
        switch (atom.Kind)
        {
            case EntryKind.Sector:
                parts.Sector = atom;
                j = c.TakeSectorChain(parts, j);
                j = c.TakeHolder(parts, j);
                break;
            case EntryKind.Demonym or EntryKind.CountryName or EntryKind.Organisation or EntryKind.Group or EntryKind.Seat or EntryKind.Capital
                when c.AdjacentOverModifiers(j, atom.End, EntryKind.Sector):
                j = TakeRole(c, parts, atom, j);
                break;
            case EntryKind.CountryName or EntryKind.Seat or EntryKind.Capital or EntryKind.Organisation or EntryKind.Group or EntryKind.CountryReference
                when c.PossessiveSector(j, atom.End):
                j = TakeRole(c, parts, atom, j);
                break;
            case EntryKind.CountryName or EntryKind.Organisation or EntryKind.Group when c.PossessivePerson(j, atom.End):
                parts.Holder = atom;
                parts.Person = c.Atoms[j];
                parts.Last = c.Atoms[j];
                j++;
                break;
            case EntryKind.Person or EntryKind.PersonShort:
                parts.Person = atom;
                break;
            case EntryKind.CountryReference:
                return (atom.Entry.Fits.Count > 0 ? descriptions.Build(c, atom) : null, j);
            case EntryKind.OrganisationReference when atom.Entry.Fits.Count > 0:
                return (descriptions.Build(c, atom), j);
            case EntryKind.OrganisationReference:
                return (MentionBuilder.OrganisationReference(c, atom), j);
            case EntryKind.GroupReference:
                return (MentionBuilder.GroupReference(c, atom), j);
            default:
                parts.Holder = atom;
                if (atom.Kind is EntryKind.Group or EntryKind.Organisation)
                {
                    c.TakeMember(parts);
                }

                break;
        }

        if (parts.Sector is not null)
        {
            j = c.TakeLocation(parts, j);
        }

        if (parts.Sector is not null && parts.Person is null)
        {
            j = c.TakePerson(parts, j);
            if (parts.Person is null && parts.Sector.Entry.Titles.Count > 0 && !OfficeResolver.IsCounterpart(parts.Sector.Entry))
            {
                c.TakeUnknownName(parts, j);
            }
        }

        var mention = builder.Build(c, parts);
        return (mention, j);
    }

    private static int TakeRole(CompositionContext c, MentionParts parts, Atom holder, int j)
    {
        parts.Holder = holder;
        parts.Sector = c.Atoms[j];
        parts.Last = c.Atoms[j];
        return c.TakeSectorChain(parts, j + 1);
    }
}
