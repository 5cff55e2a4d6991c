using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Killing told as the toll of a strike is the strike, not an act of its own (grammar keys <c>tollRoots</c>, the roots of
/// such killings, and <c>strikeCodes</c>, the codes of strikes from afar): "ha lanciato 400 droni contro Kiev, uccidendo quindici
/// persone" is one strike, and "Un raid israeliano a Khan Younis ha ucciso quattro persone" is the raid's code, the
/// <c>attack:</c> noun of the subject.
/// </summary>
internal sealed class StrikeToll
{
    private readonly ClauseGrammar grammar;

    public StrikeToll(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The strike code of an <c>attack:</c> noun standing as the subject in [<paramref name="from"/>, <paramref name="to"/>) of a killing, or null.</summary>
    public string? SubjectStrike(Token[] tokens, string root, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(root);
        if (!grammar["tollRoots"].Contains(root))
        {
            return null;
        }

        for (var k = Math.Max(0, from); k < to; k++)
        {
            if (grammar.Attacks.StartingAt(tokens, k) is { } attack && Strike(attack.Value))
            {
                return attack.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Drops, once the document is coded, the killings that repeat a strike of the same doer on the same target told before
    /// them in their sentence (later rules of the sentence and the next still see them, as the target of a coordinated verb).
    /// </summary>
    public void Absorb(List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (grammar["tollRoots"].Contains(e.Cameo[..2]) && e.Source is not null && StruckBefore(events, k))
            {
                events.RemoveAt(k);
            }
        }
    }

    /// <summary>Whether a code is one of <c>strikeCodes</c> (strikes from afar: aerial, drone, missile and artillery fire), or a code under one.</summary>
    private bool Strike(string code) =>
        grammar["strikeCodes"].Contains(code) || (code.Length > 3 && grammar["strikeCodes"].Contains(code[..3]));

    private bool StruckBefore(List<CodedEvent> events, int toll)
    {
        var t = events[toll];
        for (var j = toll - 1; j >= 0 && events[j].Sentence == t.Sentence; j--)
        {
            var e = events[j];
            if (Strike(e.Cameo) && e.Source?.Primary == t.Source!.Primary && e.Target?.Primary == t.Target?.Primary
                && e.Mood == t.Mood && e.Negated == t.Negated)
            {
                return true;
            }
        }

        return false;
    }
}
