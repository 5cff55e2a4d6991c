namespace Dragoman.Actors;

/// <summary>The atoms one mention is being built from.</summary>
internal sealed class MentionParts
{
    public required Atom First { get; set; }

    public required Atom Last { get; set; }

    public Atom? Sector { get; set; }

    /// <summary>The country, seat or organisation the mention belongs to.</summary>
    public Atom? Holder { get; set; }

    public Atom? Person { get; set; }

    /// <summary>The body a role belongs to, when named with its own country ("lo speaker della [Camera] americana").</summary>
    public Atom? InnerSector { get; set; }

    /// <summary>A capitalised name after a role that is not in people.tsv ("Slovak Prime Minister Robert Fico").</summary>
    public string? UnknownName { get; set; }

    /// <summary>True when the mention starts with its role ("il presidente russo"), not with its holder.</summary>
    public bool SectorFirst => Sector is not null && ReferenceEquals(First, Sector);

    /// <summary>Starts the next mention of a sentence at <paramref name="atom"/>, forgetting every part of the one before.</summary>
    public void StartAt(Atom atom)
    {
        First = atom;
        Last = atom;
        Sector = null;
        Holder = null;
        Person = null;
        InnerSector = null;
        UnknownName = null;
    }

    /// <summary>Extends the mention to end at a token that is not an atom of its own ("members", "Robert Fico").</summary>
    public void ExtendTo(int end) => Last = new Atom(Last.Start, end, Last.Entry);
}
