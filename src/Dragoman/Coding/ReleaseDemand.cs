using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// A demand or appeal for the release of people the clause names no holder of ("ha preteso l'immediata liberazione
/// dei tre", "chiede la scarcerazione dei manifestanti arrestati") is aimed at whoever last detained, seized or
/// abducted people in the document (an asserted act of a <c>detentionRoots</c> root by another actor than the one
/// asking; the opposition may ask its own police):
/// holder. Roots of such demands are <c>releaseDemandRoots</c>; the nouns of release, <c>releaseNoun</c>.
/// </summary>
internal sealed class ReleaseDemand
{
    private readonly ClauseGrammar grammar;

    public ReleaseDemand(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The holder of the people whose release the clause [<paramref name="from"/>, <paramref name="to"/>) asks for, or null.</summary>
    public Participants? Holder(Token[] tokens, int from, int to, string root, Participants? source, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(events);
        if (source is not { Actors.Count: > 0 } || !grammar["releaseDemandRoots"].Contains(root) || !grammar["releaseNoun"].AnyStartingIn(tokens, from, to))
        {
            return null;
        }

        var asker = source.Actors[0];
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (e.Source is { } holder && !e.Negated && e.Mood == EventMood.Asserted && !EventAssembler.SameActor(holder, asker) && grammar["detentionRoots"].Contains(e.Cameo[..2]))
            {
                return new Participants([holder], e.SourceText ?? holder.Name, e.Evidence.Start, e.Evidence.End, "who holds the people whose release is asked");
            }
        }

        return null;
    }
}
