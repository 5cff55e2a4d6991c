using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "Hezbollah fired rockets at Israel. Israel retaliated with air strikes", "The United States announced
/// sanctions in response", "said it would retaliate": an act of a <c>responseRoots</c> root with no target,
/// whose clause holds a <c>responseMarker</c> ("in response", "in retaliation") or a <c>responseLemma</c>
/// (retaliate, hit back), answers an earlier act: the last one done to the subject's country by another,
/// else the last one done by another country, within the last few sentences. So does a gerund or infinitive
/// right after a verb of answering ("Berlino ha reagito espellendo tre diplomatici").
/// </summary>
public sealed class ResponseTarget
{
    private const int SentenceReach = 3;

    private readonly ClauseGrammar grammar;

    public ResponseTarget(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public Participants? Find(Document document, VerbGroup group, string code, int clauseStart, int clauseEnd, Participants? source, IReadOnlyList<CodedEvent> events, VerbGroup? governing = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(events);
        if (source is not { Actors.Count: > 0 } || events.Count == 0 || !grammar["responseRoots"].Contains(code[..2])
            || !(Answers(document.Tokens, group, clauseStart, clauseEnd) || (group.NonFinite && governing is not null && grammar["responseLemma"].Contains(governing.Lemma))))
        {
            return null;
        }

        var country = source.Actors[0].Primary;
        CodedEvent? other = null;
        for (var k = events.Count - 1; k >= 0 && events[k].Sentence >= group.Sentence - SentenceReach; k--)
        {
            var e = events[k];
            if (e.Negated || e.Mood == EventMood.Hypothetical || e.Source is not { } doer || doer.Primary == country)
            {
                continue;
            }

            if (e.Target?.Primary == country)
            {
                return new Participants([doer], e.SourceText ?? doer.Name, e.Evidence.Start, e.Evidence.End, "the one whose act on the subject is answered");
            }

            other ??= e;
        }

        return other is { Source: { } actor }
            ? new Participants([actor], other.SourceText ?? actor.Name, other.Evidence.Start, other.Evidence.End, "the one whose act is answered")
            : null;
    }

    /// <summary>
    /// "Israeli warplanes struck Sanaa … in retaliation for a ballistic missile fired at Israel": a violent act with no doer
    /// named, told after a responseMarker as what an earlier act of the sentence answers, was done by that earlier act's
    /// target; null when no act of the sentence so far was done by the country this one hit.
    /// </summary>
    public Participants? Provoker(Document document, VerbGroup group, Sentence sentence, IReadOnlyList<CodedEvent> events, Participants target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Actors.Count == 0 || !grammar["responseMarker"].AnyStartingIn(document.Tokens, sentence.TokenStart, group.Start))
        {
            return null;
        }

        var hit = target.Actors[0].Primary;
        for (var p = events.Count - 1; p >= 0 && events[p].Sentence == sentence.Index; p--)
        {
            var answer = events[p];
            if (answer.Source is { } answerer && answer.Target is { } provoker && answerer.Primary == hit && provoker.Primary != hit
                && !answer.Negated && answer.Mood == EventMood.Asserted)
            {
                return new Participants([provoker], answer.TargetText ?? provoker.Name, answer.Evidence.Start, answer.Evidence.End, "the one whose act the earlier act of the sentence answers");
            }
        }

        return null;
    }

    /// <summary>Whether the verb or its clause says the act answers another: a response lemma or a response marker.</summary>
    private bool Answers(Token[] tokens, VerbGroup group, int clauseStart, int clauseEnd)
    {
        if (grammar["responseLemma"].Contains(group.Lemma))
        {
            return true;
        }

        for (var k = clauseStart; k < clauseEnd && k < tokens.Length; k++)
        {
            if (grammar["responseMarker"].StartingAt(tokens, k) is not null
                || (k > group.Head && tokens[k].VerbLemma is { } lemma && grammar["responseLemma"].Contains(lemma)))
            {
                return true;
            }
        }

        return false;
    }
}
