using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>The sentence being composed and the token tests the composition rules share.</summary>
internal sealed record CompositionContext(Document Document, Sentence Sentence, List<Atom> Atoms, DateOnly Date, ISet<Person> Seen, ActorLinks Links)
{
    private string? Language => Document.Language;

    public bool Adjacent(int atomIndex, int token, EntryKind kind) =>
        atomIndex < Atoms.Count && Atoms[atomIndex].Start == token && Atoms[atomIndex].Kind == kind;

    /// <summary>"Taiwan's president": the possessive clitic right after the country, then a role.</summary>
    public bool PossessiveSector(int atomIndex, int token) =>
        token < Sentence.TokenEnd && Links.Is(Language, "possessive", Document.Tokens[token].Lower)
        && atomIndex < Atoms.Count && Atoms[atomIndex].Kind == EntryKind.Sector
        && Atoms[atomIndex].Start - token is 1 or 2;

    /// <summary>After a role: a demonym ("presidente russo") or of + [article] + country ("leader della Corea del Nord").</summary>
    public int TakeHolder(MentionParts parts, int j)
    {
        var end = parts.Last.End;
        if (Adjacent(j, end, EntryKind.Demonym))
        {
            parts.Holder = Atoms[j];
            parts.Last = Atoms[j];
            return j + 1;
        }

        if (j >= Atoms.Count || end >= Sentence.TokenEnd || !Links.Is(Language, "of", Document.Tokens[end].Lower))
        {
            return j;
        }

        var gap = Atoms[j].Start - end;
        var articleBetween = gap == 2 && Links.Is(Language, "article", Document.Tokens[end + 1].Lower);
        if ((gap == 1 || articleBetween) && Atoms[j].Kind is EntryKind.CountryName or EntryKind.Organisation or EntryKind.Seat or EntryKind.Capital or EntryKind.Group)
        {
            parts.Holder = Atoms[j];
            parts.Last = Atoms[j];
            return j + 1;
        }

        return j;
    }

    /// <summary>The person a role names: right after it ("presidente Putin") or in apposition (", Kim Jong-un").</summary>
    public int TakePerson(MentionParts parts, int j)
    {
        if (j >= Atoms.Count || Atoms[j].Kind is not (EntryKind.Person or EntryKind.PersonShort))
        {
            return j;
        }

        var atom = Atoms[j];
        var end = parts.Last.End;
        var apposition = atom.Start == end + 1 && Links.Is(Language, "apposition", Document.Tokens[end].Lower);
        if (atom.Start != end && !apposition)
        {
            return j;
        }

        parts.Person = atom;
        parts.Last = atom;
        return j + 1;
    }

    /// <summary>Extends a mention back over the article before it ("Il Presidente russo…").</summary>
    public int IncludeArticle(int first) =>
        first > Sentence.TokenStart && Links.Is(Language, "article", Document.Tokens[first - 1].Lower) ? first - 1 : first;
}
