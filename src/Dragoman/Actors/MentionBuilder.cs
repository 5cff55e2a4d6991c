namespace Dragoman.Actors;

/// <summary>
/// Resolves the parts of one mention to an actor on the document's date and records why. Rules,
/// in order: a role whose holder is an organisation or group it has no office holder for
/// ("i leader del G7", "Miliziani di al-Shabaab") is the organisation alone; a role with a holder
/// is COUNTRY+SECTOR (or the organisation's, group's or seat's own code); a role with no holder
/// belongs to the last country named after a possessive determiner ("its foreign minister") or
/// to the document's main country after a definite article ("the prime minister"); a person
/// alone is coded by their office on the date, or by its country when they hold none then.
/// </summary>
internal sealed class MentionBuilder(ActorGazetteer gazetteer)
{
    private readonly OfficeResolver offices = new(gazetteer.Roles);

    public ActorMention? Build(CompositionContext c, MentionParts parts)
    {
        var reasons = c.Memory.Reasons;
        reasons.Clear();
        AddSource(reasons, parts.Sector);
        AddSource(reasons, parts.Holder);
        AddSource(reasons, parts.Person);

        if (IsBareOrganisationRole(c, parts))
        {
            reasons.Add("no office holder of the organisation named: the organisation itself");
            parts = new MentionParts { First = parts.Holder!, Last = parts.Last.Start >= parts.Holder!.Start ? parts.Last : parts.Holder!, Holder = parts.Holder };
        }

        if (parts.Sector is not null && ResolveAgent(c, parts, parts.Sector.Entry, reasons) is { } agent)
        {
            return Finish(c, parts, agent.Actor, MentionKind.Agent, reasons, agent.Person);
        }

        if (parts.Person?.Entry.Person is { } person)
        {
            return Finish(c, parts, PersonActor(person, parts.Sector?.Entry, c.Date, reasons), MentionKind.Person, reasons, person);
        }

        if (parts.Sector is null && parts.Holder?.Entry is { } holder)
        {
            var actor = gazetteer.ActorFor(holder.Code, holder.Kind == EntryKind.Demonym ? gazetteer.NameOf(holder.Code) : null) with { Country = holder.Country };
            return Finish(c, parts, actor, KindOf(holder.Kind), reasons, null);
        }

        return null;
    }

    private bool IsBareOrganisationRole(CompositionContext c, MentionParts parts) =>
        parts.SectorFirst && parts.Person is null && parts.UnknownName is null
        && parts.Holder is { Kind: EntryKind.Organisation or EntryKind.Group } holder
        && offices.Find(holder.Entry.Code, null, parts.Sector!.Entry, c.Memory, c.Date, null) is null;

    private static void AddSource(ReasonBuffer reasons, Atom? part)
    {
        if (part is not null)
        {
            reasons.Add(part.Entry.Source);
        }
    }

    private (Actor Actor, Person? Person)? ResolveAgent(CompositionContext c, MentionParts parts, GazetteerEntry sector, ReasonBuffer reasons)
    {
        var holder = parts.Holder?.Entry;
        string? country;
        string? code = null;
        switch (holder?.Kind)
        {
            case null:
                country = parts.Person is null ? ImpliedCountry(c, parts, sector, reasons) : null;
                if (country is null)
                {
                    return null;
                }

                break;
            case EntryKind.Person:
                country = holder.Person!.RoleOn(c.Date) is { } role ? ActorGazetteer.CountryOf(role.Code) : null;
                break;
            case EntryKind.CountryReference:
                country = holder.Fits.Count > 0 ? c.Memory.LastFitting(holder.Fits)?.Country : c.Memory.LastCountry;
                reasons.Add($"refers to the last country named: {country}");
                break;
            case EntryKind.Organisation or EntryKind.Group or EntryKind.Seat:
                code = holder.Code;
                country = holder.Country;
                break;
            default:
                country = holder.Country;
                break;
        }

        if (code is null && country is null)
        {
            return null;
        }

        code ??= country + (parts.InnerSector?.Entry ?? sector).Code;
        var ownOffice = holder?.Kind is EntryKind.Organisation or EntryKind.Group;
        // A name written after the role wins over the office holder on record.
        var person = parts.Person?.Entry.Person
            ?? (parts.UnknownName is null ? offices.Find(code, ownOffice ? null : country, sector, c.Memory, c.Date, reasons) : null);
        if (person is not null && country is not null && OfficeResolver.IsElect(sector) && person.Roles.All(r => !r.IsValidOn(c.Date)))
        {
            reasons.Add($"{person.Name} is not yet in office on {c.Date:yyyy-MM-dd}: coded as the country");
            code = country;
        }

        var name = person?.Name ?? parts.UnknownName ?? gazetteer.NameOf(holder is null or { Kind: EntryKind.Person or EntryKind.CountryReference } ? country! : holder.Code);
        var actor = gazetteer.ActorFor(code, name);
        if (person is null && parts.UnknownName is not null)
        {
            reasons.Add($"name not in people.tsv, taken from the capitalised words after the role: {parts.UnknownName}");
            c.Memory.RememberHolder(TextFolding.Fold(parts.UnknownName[(parts.UnknownName.LastIndexOf(' ') + 1)..].ToLowerInvariant()), actor);
        }

        return (actor, person);
    }

    /// <summary>The country of a role with no holder: the last country after "its"/"sue", the main country after "the".</summary>
    private string? ImpliedCountry(CompositionContext c, MentionParts parts, GazetteerEntry sector, ReasonBuffer reasons)
    {
        if (OfficeResolver.IsCounterpart(sector))
        {
            return null;
        }

        var first = parts.First.Start;
        if (c.DeterminerBefore(first) && (c.Memory.SentenceCountry ?? c.Memory.LastCountry) is { } last)
        {
            reasons.Add($"possessive determiner: the sentence's first country, else the last named, {last}");
            return last;
        }

        // "President Irfaan Ali condemned…": an office written as a title before a name people.tsv does not know
        // belongs, like "the president", to the document's main country.
        var titled = parts.UnknownName is not null && c.Document.Tokens[first].IsCapitalized;
        var compound = gazetteer.CompoundRoles.Count > 0 && gazetteer.IsCompoundRole(c.Document.Language, c.Document.Tokens[first].Lower) && c.BareCompound(parts);
        var definite = c.DefiniteBefore(first) || titled || compound;
        if (definite && gazetteer.DefiniteSectors.Contains(sector.Code) && !sector.NeedsOwner && parts.Sector is { } role
            && c.Memory.CountryOfHead(c.Document.Tokens[role.End - 1].Lower) is { } named)
        {
            reasons.Add($"definite role named before with the same head noun: {named}");
            return named;
        }

        if (definite && gazetteer.DefiniteSectors.Contains(sector.Code) && !sector.NeedsOwner && c.Memory.MainCountry(sector.Code) is { } main)
        {
            reasons.Add($"definite role without a country: {main.Why}, {main.Country}");
            return main.Country;
        }

        return null;
    }

    private Actor PersonActor(Person person, GazetteerEntry? sector, DateOnly date, ReasonBuffer reasons)
    {
        var role = person.RoleOn(date);
        if (role is null)
        {
            return gazetteer.ActorFor("UNK", person.Name);
        }

        if (role.IsValidOn(date))
        {
            reasons.Add($"role {role.Title} of {role.Code} on {date:yyyy-MM-dd}");
            return gazetteer.ActorFor(role.Code, person.Name);
        }

        // A role phrase names the office the person is known by ("suo segretario generale Hassan
        // Nasrallah" the day after his death): that office's code.
        if (sector is { Titles.Count: > 0 } && !OfficeResolver.IsElect(sector))
        {
            reasons.Add($"no office on {date:yyyy-MM-dd}; the role phrase names {role.Title} of {role.Code}");
            return gazetteer.ActorFor(role.Code, person.Name);
        }

        // Out of office on the date (before taking it or after leaving it): the country alone.
        var code = ActorGazetteer.CountryOf(role.Code) ?? role.Code;
        reasons.Add($"no office on {date:yyyy-MM-dd}; nearest role {role.Title} of {role.Code}: coded as {code}");
        return gazetteer.ActorFor(code, person.Name);
    }

    /// <summary>"the paramilitary group", "i miliziani": a definite noun standing for the group last named, or null when none was.</summary>
    public static ActorMention? GroupReference(CompositionContext c, Atom atom)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(atom);
        if (!Definite(c, atom) || c.Memory.LastGroup is not { } group)
        {
            return null;
        }

        var tokens = c.Document.Tokens;
        var first = atom.Start - 1;
        return new ActorMention(c.Sentence.Index, first, atom.End, tokens[first].Start, tokens[atom.End - 1].End)
        {
            Actor = group,
            Kind = MentionKind.Group,
            Reason = $"{atom.Entry.Source}: refers to the group last named, {group.Name}",
        };
    }

    private static bool Definite(CompositionContext c, Atom atom)
    {
        var tokens = c.Document.Tokens;
        if (atom.Start <= c.Sentence.TokenStart)
        {
            return false;
        }

        // "dei ribelli", "nel blocco": a preposition joined to the definite article counts as one.
        var before = tokens[atom.Start - 1];
        return (before.Pos == Documents.PartOfSpeech.Det && before.Features?.Contains("def", StringComparison.Ordinal) == true)
            || (before.Pos == Documents.PartOfSpeech.Adp && before.Features?.Contains("art", StringComparison.Ordinal) == true);
    }

    /// <summary>"the bloc", "il Consiglio": a definite noun standing for the organisation last named, or null when none fits.</summary>
    public static ActorMention? OrganisationReference(CompositionContext c, Atom atom)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(atom);
        var tokens = c.Document.Tokens;
        if (!Definite(c, atom) || c.Memory.LastOrganisation is not { } last || (atom.Entry.Name.Length > 0 && !ContainsWord(last.Words, atom.Entry.Name)))
        {
            return null;
        }

        var first = atom.Start - 1;
        return new ActorMention(c.Sentence.Index, first, atom.End, tokens[first].Start, tokens[atom.End - 1].End)
        {
            Actor = last.Actor,
            Kind = MentionKind.Organisation,
            Reason = $"{atom.Entry.Source}: refers to the organisation last named, {last.Actor.Name}",
        };
    }

    private static bool ContainsWord(string words, string word)
    {
        foreach (var range in words.AsSpan().Split(' '))
        {
            if (words.AsSpan()[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorMention Finish(CompositionContext c, MentionParts parts, Actor actor, MentionKind kind, ReasonBuffer reasons, Person? person)
    {
        var first = c.IncludeArticle(parts.First.Start);
        c.Memory.Remember(actor, person, topic: !OpeningPhrase.Holds(c.Document.Tokens, c.Sentence, first));
        if (parts.Sector is { } role && actor.Country is { } country && person is null)
        {
            c.Memory.RememberHead(c.Document.Tokens[role.End - 1].Lower, country);
        }

        var last = parts.Last.End;
        var tokens = c.Document.Tokens;
        if (actor.Code.StartsWith("IGO", StringComparison.Ordinal) || actor.Code.StartsWith("NGO", StringComparison.Ordinal))
        {
            c.Memory.RememberOrganisation(actor, TextFolding.Fold(c.Document.Text[tokens[first].Start..tokens[last - 1].End].ToLowerInvariant()));
        }

        if (parts.Holder is { Kind: EntryKind.Group })
        {
            c.Memory.RememberGroup(actor);
        }

        return new ActorMention(c.Sentence.Index, first, last, tokens[first].Start, tokens[last - 1].End)
        {
            Actor = actor,
            Kind = kind,
            Reason = reasons.ToString(),
        };
    }

    private static MentionKind KindOf(EntryKind kind) => kind switch
    {
        EntryKind.CountryName => MentionKind.Country,
        EntryKind.Demonym => MentionKind.Demonym,
        EntryKind.Capital => MentionKind.Capital,
        EntryKind.Seat => MentionKind.Seat,
        EntryKind.Group => MentionKind.Group,
        EntryKind.Pair => MentionKind.Pair,
        EntryKind.Trio => MentionKind.Trio,
        _ => MentionKind.Organisation,
    };
}
