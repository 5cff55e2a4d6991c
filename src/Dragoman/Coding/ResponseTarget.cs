using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "In risposta, l'isola ha dispiegato missili", "per rappresaglia ha chiuso lo spazio aereo": an act of any root
/// introduced by a response marker (grammar key responseMarker) before its verb, or told by a gerund or infinitive
/// after a verb of answering (responseLemma: "ha reagito espellendo…"), with no target of its own, answers
/// the last actor of another country whose asserted act hit the doer's country.
/// </summary>
internal sealed class ResponseTarget
{
    private readonly ClauseGrammar grammar;

    public ResponseTarget(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public Participants? Find(Token[] tokens, SentenceAnalysis analysis, int g, Participants? source, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (source is not { Actors.Count: > 0 } || source.Actors[0].Country is not { } country
            || !(grammar["responseMarker"].AnyStartingIn(tokens, analysis.Sentence.TokenStart, analysis.Groups[g].Start) || AfterResponseVerb(analysis, g)))
        {
            return null;
        }

        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (!e.Negated && e.Mood != EventMood.Hypothetical && e.Source is { } doer && e.Target is { } done && done.Primary == country && doer.Primary != country)
            {
                return new Participants([doer], e.SourceText ?? doer.Name, e.Evidence.Start, e.Evidence.End, "the one whose act the response answers");
            }
        }

        return null;
    }

    /// <summary>"Berlino ha reagito espellendo tre diplomatici": a gerund or infinitive right after a verb of answering (responseLemma).</summary>
    private bool AfterResponseVerb(SentenceAnalysis analysis, int g) =>
        g > 0 && analysis.Groups[g].NonFinite && grammar["responseLemma"].Contains(analysis.Groups[g - 1].Lemma);
}
