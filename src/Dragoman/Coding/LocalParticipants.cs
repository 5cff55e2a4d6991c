using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Participants an act takes from where and among whom it happens, when its clause names none: unnamed armed men are
/// the place's (<see cref="UnnamedPerpetrator"/>), a state's strike at home hits that place's people (<see cref="HomeStrike"/>),
/// a release is asked of the holder (<see cref="ReleaseDemand"/>), and a killing told as a strike's toll is that strike
/// (<see cref="StrikeToll"/>). Kept apart from <see cref="LanguageCoder"/>, which calls them in this order.
/// </summary>
internal sealed class LocalParticipants
{
    private readonly ClauseGrammar grammar;
    private readonly UnnamedPerpetrator perpetrators;
    private readonly HomeStrike homeStrikes;
    private readonly ReleaseDemand releases;
    private readonly StrikeToll tolls;

    public LocalParticipants(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        perpetrators = new UnnamedPerpetrator(grammar);
        homeStrikes = new HomeStrike(grammar);
        releases = new ReleaseDemand(grammar);
        tolls = new StrikeToll(grammar);
    }

    /// <summary>"ha preteso l'immediata liberazione dei tre": the holder of the people whose release is asked, or null.</summary>
    public Participants? Holder(Token[] tokens, int after, int clauseEnd, EventPattern pattern, Participants? source, IReadOnlyList<CodedEvent> events) =>
        releases.Holder(tokens, after, clauseEnd, pattern.Root, source, events);

    /// <summary>"l'aviazione aveva bombardato un mercato nella township di Depayin": the people of a place at home, or null.</summary>
    public Participants? HomeTarget(Document document, SentenceAnalysis analysis, VerbGroup group, EventPattern pattern, int after, int clauseEnd, Participants? source) =>
        source is not null && !group.BareParticiple && grammar["homeStrikeRoots"].Contains(pattern.Root)
            ? homeStrikes.Target(document, analysis.Arguments, after, clauseEnd, source)
            : null;

    /// <summary>
    /// "Uomini armati hanno ucciso più di cento abitanti… nella Nigeria centrale": with no doer named, armed men nobody names are
    /// of the place, and with no target either they acted at home. Returns the participants unchanged otherwise.
    /// </summary>
    public (Participants? Source, Participants? Target) Unnamed(Document document, SentenceAnalysis analysis, VerbGroup group, EventPattern pattern, int clauseStart, int clauseEnd, Participants? source, Participants? target)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(pattern);
        if (source is not null || (target is null && group.BareParticiple) || !grammar["unknownSourceRoots"].Contains(pattern.Root)
            || perpetrators.Find(document, analysis, group, clauseStart, clauseEnd, target) is not { } unnamed)
        {
            return (source, target);
        }

        return (unnamed, target ?? UnnamedPerpetrator.Home(unnamed));
    }

    /// <summary>"Un raid israeliano ha ucciso quattro persone": the events [<paramref name="first"/>, end) of a killing whose subject is a strike take the strike's code.</summary>
    public void StrikeCode(List<CodedEvent> events, int first, Token[] tokens, VerbGroup group, EventPattern pattern, int clauseStart)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(pattern);
        if (group.Passive || tolls.SubjectStrike(tokens, pattern.Root, clauseStart, group.Start) is not { } strike)
        {
            return;
        }

        for (var k = first; k < events.Count; k++)
        {
            events[k] = events[k] with { Cameo = strike };
        }
    }

    /// <summary>Once the document is coded: "…contro Kiev, uccidendo quindici persone", the toll of a strike told just before is that strike.</summary>
    public void Finish(List<CodedEvent> events) => tolls.Absorb(events);
}
