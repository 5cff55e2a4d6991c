using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Acts named by a noun whose doer stands before it ("Russia's expulsion of two Estonian diplomats",
/// "following Beijing's ban on Lithuanian imports", "a U.S. arms sale to Taiwan", "Chinese attacks on Filipino
/// boats"), listed in grammar.tsv as <c>act:CODE</c> lines. The doer is a possessive ("X's"), a demonym or a
/// mention after a determiner right before the noun, past nouns and adjectives of the noun phrase, else an
/// agent after the complement ("the killing of two Mexicans by U.S. agents"); what is acted on is the first
/// mention after the <c>actPreposition</c> (of, on, against, to) that opens the noun's complement, before the
/// next verb. The act keeps its own place in the sentence: wherever it stands (subject, object, after
/// "following"), it is told as a fact. Nothing is coded after a negative determiner or an
/// <c>unrealNominalCue</c> ("a possible ban"), after an <c>actBackgroundCue</c> ("since Russia's attack on
/// Ukraine", "the lifting of the U.S. embargo"), or as the object of a negated, hypothetical or future verb.
/// A verb of a root in <c>actReactionRoots</c> that took its target from what the act was done to is aimed
/// at the doer instead ("Mexico condemned the killing of its citizens by U.S. agents").
/// </summary>
public sealed class NominalActs
{
    private const int Reach = 10;
    private const int ModifierReach = 3;
    private const int CueReach = 4;
    private const string ActRule = "act:";

    private readonly ClauseGrammar grammar;

    public NominalActs(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public void Code(Document document, SentenceAnalysis analysis, List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (grammar.Acts.Count == 0 || analysis.Arguments.Count < 2)
        {
            return;
        }

        var tokens = document.Tokens;
        var sentence = analysis.Sentence;
        for (var i = sentence.TokenStart + 1; i < sentence.TokenEnd; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || grammar.Acts.StartingAt(tokens, i) is not { } noun || analysis.HeadsGroup(noun.End - 1))
            {
                continue;
            }

            CodeAt(document, analysis, events, i, noun);
        }
    }

    private void CodeAt(Document document, SentenceAnalysis analysis, List<CodedEvent> events, int i, (string Value, int End) noun)
    {
        var tokens = document.Tokens;
        var sentence = analysis.Sentence;
        if (noun.End >= sentence.TokenEnd || !grammar["actPreposition"].Contains(tokens[noun.End].Lower))
        {
            return;
        }

        var limit = Limit(tokens, analysis, noun.End + 1);
        if ((Doer(tokens, analysis, i) ?? Agent(tokens, analysis.Arguments, noun.End, limit)) is not { } doer || Unreal(tokens, analysis, Math.Min(doer.TokenStart, i), i))
        {
            return;
        }

        Argument? done = null;
        foreach (var a in analysis.Arguments)
        {
            if (a.TokenStart > noun.End && a.TokenEnd <= limit && a.Role is not (ArgumentRole.Agent or ArgumentRole.Attribution))
            {
                done = a;
                break;
            }
        }

        var source = doer.Mention.Actor;
        if (done is null || source.Primary == done.Mention.Actor.Primary || doer.Mention.Kind == MentionKind.Person)
        {
            return;
        }

        // A place acted on is its country ("sanctions on two banks in Myanmar").
        var target = done.Role == ArgumentRole.Locative && done.Mention.Actor.Country is { } country ? done.Mention.Actor with { Code = country } : done.Mention.Actor;
        var root = noun.Value[..2];
        foreach (var e in events)
        {
            if (e.Sentence == sentence.Index && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Source?.Primary == source.Primary && e.Target?.Primary == target.Primary)
            {
                return;
            }
        }

        var first = tokens[Math.Min(doer.TokenStart, i)].Start;
        var end = tokens[Math.Max(done.TokenEnd, doer.TokenEnd) - 1].End;
        var evidence = new Evidence(first, end, document.Text[first..end], $"patterns/{grammar.Language}/grammar.tsv {ActRule}{noun.Value}");
        analysis.Trace?.Add($"nominal act '{tokens[i].Text}': source {source.Code}, target {target.Code}");
        var doerText = document.Text[doer.Mention.Start..doer.Mention.End];
        Redirect(events, sentence.Index, source, target, doerText, first);
        events.Add(new CodedEvent
        {
            Sentence = sentence.Index, Source = source, SourceText = doerText, Target = target,
            TargetText = document.Text[done.Mention.Start..done.Mention.End], Cameo = noun.Value, Date = document.PublicationDate, Evidence = evidence,
        });
    }

    /// <summary>
    /// The doer: a mention ending right before the noun, or before a possessive clitic there, past at most a
    /// few nouns and adjectives ("Beijing's import ban", "a U.S. arms sale"); a mention with no clitic must
    /// follow a determiner, so that "Hungary arms Ukraine" or "told Moscow sanctions…" name no doer.
    /// </summary>
    private Argument? Doer(Token[] tokens, SentenceAnalysis analysis, int noun)
    {
        var arguments = analysis.Arguments;
        var k = noun;
        var floor = Math.Max(0, noun - ModifierReach);
        while (k - 1 > floor && tokens[k - 1].Pos is PartOfSpeech.Noun or PartOfSpeech.Adj && !analysis.EndsMention(k))
        {
            k--;
        }

        var possessive = k > 0 && grammar["possessiveClitic"].Contains(tokens[k - 1].Lower);
        var end = possessive ? k - 1 : k;
        foreach (var a in arguments)
        {
            if (a.TokenEnd != end)
            {
                continue;
            }

            var determiner = a.TokenStart > 0 && tokens[a.TokenStart - 1].Pos == PartOfSpeech.Det;
            return possessive || a.Role == ArgumentRole.DemonymModifier || a.Mention.Kind == MentionKind.Demonym || determiner ? a : null;
        }

        return null;
    }

    /// <summary>
    /// "Mexico condemned the killing of its citizens by U.S. border agents": a verb of a root in actReactionRoots whose
    /// object is the act's noun phrase, and whose target was taken from what the act was done to, is aimed at the act's doer.
    /// </summary>
    private void Redirect(List<CodedEvent> events, int sentence, Actor doer, Actor done, string doerText, int first)
    {
        for (var k = events.Count - 1; k >= 0 && events[k].Sentence == sentence; k--)
        {
            var e = events[k];
            if (e.Target is { } t && t.Primary == done.Primary && e.Source is { } s && s.Primary != doer.Primary
                && e.Evidence.Start <= first && !e.Evidence.Rule.Contains(ActRule, StringComparison.Ordinal) && grammar["actReactionRoots"].Contains(e.Cameo[..2]))
            {
                events[k] = e with { Target = doer, TargetText = doerText };
            }
        }
    }

    /// <summary>"the expulsion of two diplomats by Russia": an agent after the noun's complement, within the noun phrase.</summary>
    private Argument? Agent(Token[] tokens, IReadOnlyList<Argument> arguments, int after, int limit)
    {
        foreach (var a in arguments)
        {
            // The agent words may be several ("da parte della Polonia"), so they are matched on the tokens before the mention.
            if (a.TokenStart > after && a.TokenEnd <= limit && (a.Role == ArgumentRole.Agent || grammar["agent"].EndingAt(tokens, a.TokenStart - 1, after) is not null))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the act is not told as a fact: "no ban", "a possible ban", "since Russia's invasion of Ukraine", or
    /// the noun phrase is the object of a negated, hypothetical or future verb with no temporal preposition
    /// in between ("would not accept Russia's expulsion…", but "said it would respond after Russia's expulsion…").
    /// </summary>
    private bool Unreal(Token[] tokens, SentenceAnalysis analysis, int doerStart, int noun)
    {
        var start = analysis.Sentence.TokenStart;
        for (var k = doerStart - 1; k >= start && k >= doerStart - CueReach; k--)
        {
            var word = tokens[k].Lower;
            if (grammar["actBackgroundCue"].Contains(word) || grammar["unrealNominalCue"].Contains(word) || (k == doerStart - 1 && grammar["negDeterminer"].Contains(word)))
            {
                return true;
            }
        }

        for (var k = doerStart; k < noun; k++)
        {
            if (grammar["unrealNominalCue"].Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        for (var g = analysis.Groups.Count - 1; g >= 0; g--)
        {
            var group = analysis.Groups[g];
            if (group.Head < doerStart)
            {
                for (var k = group.Head + 1; k < doerStart; k++)
                {
                    if (grammar["temporalPreposition"].Contains(tokens[k].Lower))
                    {
                        return false;
                    }
                }

                return group.Negated || group.Hypothetical || group.Future || group.Irrealis || group.Intent;
            }
        }

        return false;
    }

    /// <summary>The noun's complement ends at the next verb group, clause boundary or comma, at most <see cref="Reach"/> tokens on.</summary>
    private int Limit(Token[] tokens, SentenceAnalysis analysis, int after)
    {
        var end = Math.Min(analysis.Sentence.TokenEnd, after + Reach);
        foreach (var group in analysis.Groups)
        {
            if (group.Start >= after && group.Start < end)
            {
                end = group.Start;
            }
        }

        for (var k = after; k < end; k++)
        {
            if (grammar["boundary"].Contains(tokens[k].Lower) || tokens[k].Lower == ",")
            {
                return k;
            }
        }

        return end;
    }
}
