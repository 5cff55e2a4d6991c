namespace Dragoman.Coding;

/// <summary>
/// "Sudan accused Chad of arming the RSF. … The Chadian government denied any role in the conflict": a denial
/// (answeringCodes) with no target of its own answers the last asserted act of an answeredRoots root (an accusation)
/// done to the denier's country within the three sentences before, and is aimed at whoever did it. With no such act,
/// it has no target.
/// </summary>
public sealed class AnsweredAccusation
{
    private const int SentenceReach = 3;

    private readonly ClauseGrammar grammar;

    public AnsweredAccusation(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public Participants? Find(int sentence, string code, Participants? source, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(events);
        if (source is not { Actors.Count: > 0 } || !grammar["answeringCodes"].Contains(code))
        {
            return null;
        }

        for (var k = events.Count - 1; k >= 0 && events[k].Sentence >= sentence - SentenceReach; k--)
        {
            var e = events[k];
            if (!e.Negated && e.Mood != EventMood.Hypothetical && e.Source is { } accuser && e.Target is { } accused && grammar["answeredRoots"].Contains(e.Cameo[..2])
                && source.Actors.Any(a => a.Primary == accused.Primary) && !source.Actors.Any(a => a.Primary == accuser.Primary))
            {
                return new Participants([accuser], e.SourceText ?? accuser.Name, e.Evidence.Start, e.Evidence.End, "the one whose accusation the denial answers");
            }
        }

        return null;
    }
}
