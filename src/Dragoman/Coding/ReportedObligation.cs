using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "«Gli Stati Uniti devono revocare le sanzioni», ha dichiarato il portavoce cinese", "il ministro
/// ha detto che Israele deve fermare i raid": a speaker who says another actor must act demands it
/// of that actor. The modal forms and the code come from grammar.tsv (<c>obligation:CODE</c>); the
/// event takes the mood and negation of the verb of saying.
/// </summary>
public sealed class ReportedObligation
{
    private const string SubjectBefore = "subject before the verb";
    private const string InvertedSubject = "inverted subject after the verb";

    private readonly ClauseGrammar grammar;
    private readonly EventAssembler assembler;
    private readonly MandativeClause mandatives;

    public ReportedObligation(ClauseGrammar grammar, EventAssembler assembler)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(assembler);
        this.grammar = grammar;
        this.assembler = assembler;
        mandatives = new MandativeClause(grammar);
    }

    public void Code(Document document, SentenceAnalysis analysis, List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (grammar.Obligations.Count == 0 && grammar.Mandatives.Count == 0)
        {
            return;
        }

        var groups = analysis.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.NonFinite || group.Negated || analysis.Subjects[g] is not { How: SubjectBefore } obliged)
            {
                continue;
            }

            var code = Obligation(document.Tokens, group);
            var speaker = code is null ? null : SpeakerAfter(document.Tokens, analysis, g) ?? SpeakerBefore(document.Tokens, analysis, g);
            var key = "obligation";
            if (code is null && mandatives.Find(document.Tokens, analysis, g) is { } mandative && !Coded(events, analysis.Sentence.Index, mandative.Code, obliged))
            {
                (code, speaker, key) = (mandative.Code, mandative.Demand, "mandative");
            }

            if (code is null || speaker is not { } k || analysis.Subjects[k] is not { } source)
            {
                continue;
            }

            var said = groups[k];
            var pattern = new EventPattern(code, said.Lemma, [], $"patterns/{grammar.Language}/grammar.tsv {key}:{code}");
            var context = new EventContext(document, analysis, k, pattern, false, said.Start, said.End);
            events.AddRange(assembler.Assemble(context, source, obliged.Carried("actor that must act")));
        }
    }

    private string? Obligation(Token[] tokens, VerbGroup group)
    {
        for (var k = group.Start; k < group.Head; k++)
        {
            if (grammar.Obligations.StartingAt(tokens, k) is { } found)
            {
                return found.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the verb of demanding itself already yielded this demand ("demanded that Russia release…").</summary>
    private static bool Coded(List<CodedEvent> events, int sentence, string code, Participants obliged)
    {
        foreach (var e in events)
        {
            if (e.Sentence == sentence && e.Target is { } target && e.Cameo.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2)) && obliged.Actors.Any(a => a.Code == target.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"«X deve…», ha dichiarato Y": the next finite verb is a verb of saying right after the quotation, with its subject after it.</summary>
    private static int? SpeakerAfter(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        for (var k = g + 1; k < analysis.Groups.Count; k++)
        {
            var said = analysis.Groups[k];
            if (said.NonFinite)
            {
                continue;
            }

            var afterQuote = said.Start - 2 >= analysis.Sentence.TokenStart && tokens[said.Start - 1].Lower == "," && tokens[said.Start - 2].Kind == TokenKind.Quote;
            if (said.Reporting && !said.Negated && afterQuote && analysis.Subjects[k]?.How == InvertedSubject)
            {
                return k;
            }

            // "«Russia must withdraw,» the French president said": the speaker stands between the quotation and the verb.
            return said.Reporting && !said.Negated && analysis.Subjects[k] is { How: SubjectBefore } speaker && SpeakerAfterQuote(tokens, analysis.Groups[g].Head, said.Start, speaker.Start) ? k : null;
        }

        return null;
    }

    private static bool SpeakerAfterQuote(Token[] tokens, int from, int said, int speakerStart)
    {
        for (var t = from + 1; t + 1 < said; t++)
        {
            // The comma stands after the closing mark in Italian («…», disse) and before it in English ("…," he said).
            var closes = (tokens[t].Kind == TokenKind.Quote && tokens[t + 1].Lower == ",") || (tokens[t].Lower == "," && tokens[t + 1].Kind == TokenKind.Quote);
            if (closes && speakerStart >= tokens[t + 1].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Y ha detto che X deve…": the verb before is a verb of saying and a complementizer opens this clause.</summary>
    private int? SpeakerBefore(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        var k = g - 1;
        if (k < 0 || !analysis.Groups[k].Reporting || analysis.Groups[k].Negated)
        {
            return null;
        }

        for (var t = analysis.Groups[k].Head + 1; t < analysis.Groups[g].Start; t++)
        {
            if (grammar["complementizer"].Contains(tokens[t].Lower))
            {
                return k;
            }
        }

        return null;
    }
}
