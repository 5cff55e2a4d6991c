using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>
/// Joins gazetteer atoms into actor mentions: role + demonym ("il ministro degli Esteri cinese"),
/// demonym + role ("Russian President"), role + of + country ("il leader della Corea del Nord"),
/// country + possessive + role ("Taiwan's president"), each optionally followed by the person it
/// names, directly or in apposition ("…, Kim Jong-un").
/// </summary>
public sealed class MentionComposer
{
    private readonly ActorGazetteer gazetteer;
    private readonly ActorLinks links;

    public MentionComposer(ActorGazetteer gazetteer, ActorLinks links)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(links);
        this.gazetteer = gazetteer;
        this.links = links;
    }

    public List<ActorMention> Compose(Document document, Sentence sentence, List<Atom> atoms, DateOnly date, ISet<Person> seen)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(seen);
        var context = new CompositionContext(document, sentence, atoms, date, seen, links);
        var mentions = new List<ActorMention>();
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

        return mentions;
    }

    private (ActorMention? Mention, int Next) ComposeAt(CompositionContext c, int i)
    {
        var atom = c.Atoms[i];
        var parts = new MentionParts { First = atom, Last = atom };
        var j = i + 1;
        switch (atom.Kind)
        {
            case EntryKind.Sector:
                parts.Sector = atom;
                j = c.TakeHolder(parts, j);
                break;
            case EntryKind.Demonym when c.Adjacent(j, atom.End, EntryKind.Sector):
                parts.Holder = atom;
                parts.Sector = c.Atoms[j];
                parts.Last = c.Atoms[j];
                j++;
                break;
            case EntryKind.CountryName or EntryKind.Seat or EntryKind.Capital when c.PossessiveSector(j, atom.End):
                parts.Holder = atom;
                parts.Sector = c.Atoms[j];
                parts.Last = c.Atoms[j];
                j++;
                break;
            case EntryKind.Person or EntryKind.PersonShort:
                parts.Person = atom;
                break;
            default:
                parts.Holder = atom;
                break;
        }

        if (parts.Sector is not null && parts.Person is null)
        {
            j = c.TakePerson(parts, j);
        }

        if (parts.Sector is not null && parts.Holder is null && parts.Person is null)
        {
            return (null, j);
        }

        return (Build(c, parts), j);
    }

    private ActorMention Build(CompositionContext c, MentionParts parts)
    {
        var reasons = new List<string>();
        Actor actor;
        MentionKind kind;
        var person = parts.Person?.Entry.Person;
        var holder = parts.Holder?.Entry;
        if (person is not null)
        {
            c.Seen.Add(person);
        }

        foreach (var part in new[] { parts.Sector, parts.Holder, parts.Person })
        {
            if (part is not null)
            {
                reasons.Add(part.Entry.Source);
            }
        }

        if (holder is not null && parts.Sector is not null)
        {
            var code = holder.Country is null ? holder.Code : holder.Country + parts.Sector.Entry.Code;
            person ??= FindHolder(holder, parts.Sector.Entry, c.Date, reasons);
            actor = gazetteer.ActorFor(code, person?.Name ?? gazetteer.NameOf(holder.Code));
            kind = MentionKind.Agent;
        }
        else if (person is not null)
        {
            var role = person.RoleOn(c.Date);
            var code = holder?.Country is { } country && parts.Sector is not null ? country + parts.Sector.Entry.Code : role?.Code ?? "UNK";
            if (role is not null)
            {
                reasons.Add($"role {role.Title} of {role.Code} on {c.Date:yyyy-MM-dd}");
            }

            actor = gazetteer.ActorFor(code, person.Name);
            kind = MentionKind.Person;
        }
        else
        {
            actor = gazetteer.ActorFor(holder!.Code, holder.Kind == EntryKind.Demonym ? gazetteer.NameOf(holder.Code) : null);
            actor = actor with { Country = holder.Country };
            kind = KindOf(holder.Kind);
        }

        var first = c.IncludeArticle(parts.First.Start);
        var last = parts.Last.End;
        var tokens = c.Document.Tokens;
        return new ActorMention(c.Sentence.Index, first, last, tokens[first].Start, tokens[last - 1].End)
        {
            Actor = actor,
            Kind = kind,
            Reason = string.Join(" + ", reasons),
        };
    }

    private Person? FindHolder(GazetteerEntry holder, GazetteerEntry sector, DateOnly date, List<string> reasons)
    {
        if (holder.Country is null)
        {
            return null;
        }

        foreach (var title in sector.Titles)
        {
            var person = gazetteer.Roles.HolderOn(holder.Country + "GOV", title, date);
            if (person is not null)
            {
                reasons.Add($"{title} of {holder.Country} on {date:yyyy-MM-dd}: {person.Source}");
                return person;
            }
        }

        return null;
    }

    private static MentionKind KindOf(EntryKind kind) => kind switch
    {
        EntryKind.CountryName => MentionKind.Country,
        EntryKind.Demonym => MentionKind.Demonym,
        EntryKind.Capital => MentionKind.Capital,
        EntryKind.Seat => MentionKind.Seat,
        EntryKind.Group => MentionKind.Group,
        EntryKind.Pair => MentionKind.Pair,
        _ => MentionKind.Organisation,
    };
}
