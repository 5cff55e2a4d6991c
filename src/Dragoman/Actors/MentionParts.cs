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
}
