namespace Dragoman.Actors;

/// <summary>One gazetteer match inside a sentence: tokens [Start, End) of the document.</summary>
public sealed record Atom(int Start, int End, GazetteerEntry Entry)
{
    public EntryKind Kind => Entry.Kind;
}
