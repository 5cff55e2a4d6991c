using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "China said the Philippine boat had illegally intruded into its waters", "Katz said the group was rebuilding
/// its arsenal in breach of the ceasefire": a speaker who reports another country's act with a word of wrongdoing
/// (<c>accusation:CODE</c> in grammar.tsv) accuses that country of it; the act itself is the speaker's claim, not a
/// fact told by the article, so the events coded from it are dropped. The accusation takes the mood and negation
/// of the verb of saying.
/// </summary>
public sealed class ReportedAccusation
{
    private const string SubjectBefore = "subject before the verb";

    private readonly ClauseGrammar grammar;
    private readonly EventAssembler assembler;

    public ReportedAccusation(ClauseGrammar grammar, EventAssembler assembler)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(assembler);
        this.grammar = grammar;
        this.assembler = assembler;
    }

    /// <summary>Codes the accusation told by verb group <paramref name="g"/>, right after its own events were coded, so that a later
    /// verb of the sentence ("…, and Asmara denied the claim") finds the accusation as the act it answers.</summary>
    public void Code(Document document, SentenceAnalysis analysis, int g, List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (grammar.Accusations.Count == 0 || g < 1)
        {
            return;
        }

        var tokens = document.Tokens;
        var group = analysis.Groups[g];
        var k = g - 1;
        var said = analysis.Groups[k];
        if (group.NonFinite || group.Negated || !said.Reporting || said.Negated || said.Hypothetical
            || analysis.Subjects[g] is not { How: SubjectBefore } accused || analysis.Subjects[k] is not { } speaker
            || SameCountry(speaker, accused) || !Reported(tokens, said, accused) || Cue(tokens, analysis, g) is not { } code)
        {
            return;
        }

        Drop(document, analysis.Sentence.Index, group, accused, events);
        if (Coded(events, analysis.Sentence.Index, code, speaker, accused))
        {
            return;
        }

        var pattern = new EventPattern(code, said.Lemma, [], $"patterns/{grammar.Language}/grammar.tsv accusation:{code}");
        var context = new EventContext(document, analysis, k, pattern, false, said.Start, said.End);
        events.AddRange(assembler.Assemble(context, speaker, accused.Carried("actor accused of a wrongful act")));
    }

    private static bool SameCountry(Participants speaker, Participants accused) =>
        speaker.Actors.Any(s => accused.Actors.Any(a => a.Primary == s.Primary));

    /// <summary>The clause reported by the verb of saying starts right after it, or after a complementizer ("said on Monday that…").</summary>
    private bool Reported(Token[] tokens, VerbGroup said, Participants accused)
    {
        var between = 0;
        for (var t = said.Head + 1; t < tokens.Length && tokens[t].Start < accused.Start; t++, between++)
        {
            if (grammar["complementizer"].Contains(tokens[t].Lower))
            {
                return true;
            }
        }

        return between == 0;
    }

    /// <summary>A word of wrongdoing from the reported verb to the end of its clause ("had illegally intruded", "in breach of").</summary>
    private string? Cue(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        var group = analysis.Groups[g];
        var end = g + 1 < analysis.Groups.Count ? analysis.Groups[g + 1].Start : analysis.Sentence.TokenEnd;
        for (var t = group.Start; t < end; t++)
        {
            if (t > group.Head && grammar["boundary"].Contains(tokens[t].Lower))
            {
                return null;
            }

            if (grammar.Accusations.StartingAt(tokens, t) is { } found)
            {
                return found.Value;
            }
        }

        return null;
    }

    /// <summary>The accused's act is the speaker's claim: events of the reported verb done by the accused are not facts.</summary>
    private static void Drop(Document document, int sentence, VerbGroup group, Participants accused, List<CodedEvent> events)
    {
        var start = document.Tokens[group.Start].Start;
        var end = document.Tokens[group.Head].End;
        events.RemoveAll(e => e.Sentence == sentence && e.Source is { } source && accused.Actors.Any(a => a.Primary == source.Primary)
            && e.Evidence.Start <= start && e.Evidence.End >= end && e.Evidence.Trigger.Length > 0
            && document.Text.AsSpan(start, end - start).StartsWith(e.Evidence.Trigger.AsSpan(0, Math.Min(e.Evidence.Trigger.Length, end - start)), StringComparison.Ordinal));
    }

    /// <summary>Whether the speaker's accusation of this actor is already coded in the sentence ("…, accusing Manila of provocation").</summary>
    private static bool Coded(List<CodedEvent> events, int sentence, string code, Participants speaker, Participants accused)
    {
        foreach (var e in events)
        {
            if (e.Sentence == sentence && e.Source is { } source && e.Target is { } target && e.Cameo.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2))
                && speaker.Actors.Any(a => a.Primary == source.Primary) && accused.Actors.Any(a => a.Primary == target.Primary))
            {
                return true;
            }
        }

        return false;
    }
}
