using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "North Korea's launch of a missile drew condemnation from Japan", "the Houthi attack drew a sharp rebuke from
/// London": a verb of causing (grammar key drawLemma) whose object is a noun of reaction (<c>reaction:CODE</c>
/// lines) and which names the reacting actor after a <c>reactorPreposition</c> (from) codes CODE from that actor
/// to the subject, who did what is reacted to. Nothing is coded when the verb is negated, hypothetical or future.
/// </summary>
public sealed class DrawnReaction
{
    private const int ObjectReach = 3;
    private const int ReactorReach = 4;

    private readonly ClauseGrammar grammar;

    public DrawnReaction(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public void Code(Document document, SentenceAnalysis analysis, List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (grammar.Reactions.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            var group = analysis.Groups[g];
            if (!grammar["drawLemma"].Contains(group.Lemma) || group.Negated || group.Hypothetical || group.Future
                || (SubjectHead(document, analysis, g) ?? analysis.Subjects[g]) is not { Actors.Count: > 0 } doers)
            {
                continue;
            }

            var end = Math.Min(analysis.Sentence.TokenEnd, group.End + ObjectReach);
            for (var k = group.End; k < end; k++)
            {
                if (grammar.Reactions.StartingAt(tokens, k) is { } reaction)
                {
                    Add(document, analysis, events, doers, reaction);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Israel's decision to expand settlements in the West Bank prompted…": the doer is the first actor of the subject
    /// phrase, its owner, not the last one named in it.
    /// </summary>
    private static Participants? SubjectHead(Document document, SentenceAnalysis analysis, int g)
    {
        // Infinitives and gerunds inside the subject phrase ("the decision to expand…") do not end it.
        var p = g - 1;
        while (p >= 0 && analysis.Groups[p].NonFinite)
        {
            p--;
        }

        var from = p >= 0 ? analysis.Groups[p].Head + 1 : analysis.Sentence.TokenStart;
        foreach (var a in analysis.Arguments)
        {
            if (a.TokenStart >= from && a.TokenEnd <= analysis.Groups[g].Start && a.Role is ArgumentRole.Bare or ArgumentRole.Possessive or ArgumentRole.DemonymModifier)
            {
                return a.Preposition is null ? Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], "owner of the subject phrase") : null;
            }
        }

        return null;
    }

    private void Add(Document document, SentenceAnalysis analysis, List<CodedEvent> events, Participants doers, (string Value, int End) reaction)
    {
        foreach (var a in analysis.Arguments)
        {
            if (a.TokenStart < reaction.End || a.TokenStart > reaction.End + ReactorReach || a.Preposition is not { } p || !grammar["reactorPreposition"].Contains(p))
            {
                continue;
            }

            var reactor = a.Mention.Actor;
            // A doer carried from an earlier sentence ("It drew criticism from…") is not quoted as evidence.
            var start = Math.Max(Math.Min(doers.Start, a.Mention.Start), analysis.Sentence.Start);
            var evidence = new Evidence(start, a.Mention.End, document.Text[start..a.Mention.End], $"patterns/{grammar.Language}/grammar.tsv reaction:{reaction.Value}");
            foreach (var doer in doers.Actors)
            {
                if (!EventAssembler.SameActor(doer, reactor))
                {
                    events.Add(new CodedEvent
                    {
                        Sentence = analysis.Sentence.Index, Source = reactor, SourceText = document.Text[a.Mention.Start..a.Mention.End], Target = doer,
                        TargetText = doers.Text, Cameo = reaction.Value, Date = document.PublicationDate, Evidence = evidence,
                    });
                }
            }

            return;
        }
    }
}
