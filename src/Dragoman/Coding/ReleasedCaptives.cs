namespace Dragoman.Coding;

/// <summary>
/// "Riot police detained more than 40 people… A Tbilisi court released twelve of the detainees": a release (releaseCodes) with
/// no actor among those it frees frees the people taken by the last asserted act of a capturedRoots root (arrests, 17) within
/// the three sentences before, and is aimed at whom that act was aimed.
/// </summary>
public sealed class ReleasedCaptives
{
    private const int SentenceReach = 3;
    private const string CivilianSector = "CVL";

    private readonly ClauseGrammar grammar;

    public ReleasedCaptives(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public Participants? Find(int sentence, string code, Participants? source, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(events);
        if (source is not { Actors.Count: > 0 } || !grammar["releaseCodes"].Contains(code))
        {
            return null;
        }

        for (var k = events.Count - 1; k >= 0 && events[k].Sentence >= sentence - SentenceReach; k--)
        {
            var e = events[k];
            if (!e.Negated && e.Mood != EventMood.Hypothetical && e.Target is { } captive && grammar["capturedRoots"].Contains(e.Cameo[..2]))
            {
                // People taken at home are coded by their country alone; as those freed they are its civilians, not its state.
                var freed = captive.Country is { } country && captive.Code == country ? captive with { Code = country + CivilianSector } : captive;
                return new Participants([freed], e.TargetText ?? captive.Name, e.Evidence.Start, e.Evidence.End, "the people the last arrest took");
            }
        }

        return null;
    }
}
