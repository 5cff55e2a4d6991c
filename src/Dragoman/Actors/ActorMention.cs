namespace Dragoman.Actors;

/// <summary>
/// A span of text naming an actor, resolved to a code on the document's date. Offsets are into
/// the original text; <see cref="TokenStart"/>..<see cref="TokenEnd"/> index <c>Document.Tokens</c>.
/// </summary>
public sealed record ActorMention(int Sentence, int TokenStart, int TokenEnd, int Start, int End)
{
    public required Actor Actor { get; init; }

    /// <summary>Further actors when the mention names a group of them ("i due paesi", "Russia and China").</summary>
    public IReadOnlyList<Actor> Members { get; init; } = [];

    public required MentionKind Kind { get; init; }

    /// <summary>Why the mention resolved as it did: the data line that matched, or the coreference rule.</summary>
    public required string Reason { get; init; }

    public IEnumerable<Actor> AllActors => Members.Count > 0 ? Members : [Actor];
}
