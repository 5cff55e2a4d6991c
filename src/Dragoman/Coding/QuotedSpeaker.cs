using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "«We will respond to any attack,» Iran's foreign minister said", "X said: «North Korea fired a missile
/// into our waters»": inside a quotation, the first person (grammar keys speakerPronoun and
/// speakerPossessive) is the speaker, the subject of the verb of saying just outside the quotation.
/// </summary>
public sealed class QuotedSpeaker
{
    private readonly ClauseGrammar grammar;

    public QuotedSpeaker(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>Gives the speaker to finite verbs inside a quotation whose subject is a first-person pronoun, and to the verbs that carry it on.</summary>
    public void FillSubjects(Document document, SentenceAnalysis analysis, Participants?[] subjects)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(subjects);
        if (grammar["speakerPronoun"].Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        if (!HasQuote(tokens, analysis.Sentence))
        {
            return;
        }

        Participants? speaker = null;
        var quote = -1;
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            var group = analysis.Groups[g];
            var opening = OpeningQuote(tokens, analysis.Sentence, group.Start);
            if (opening < 0)
            {
                continue;
            }

            if (!group.NonFinite && group.Start > opening + 1 && grammar["speakerPronoun"].Contains(tokens[group.Start - 1].Lower))
            {
                speaker = Speaker(tokens, analysis, subjects, opening);
                quote = opening;
                subjects[g] = speaker?.Carried("the speaker, named by the first person in the quotation");
            }
            else if (subjects[g] is null && quote == opening && speaker is not null && (group.NonFinite || group.Coordinated))
            {
                subjects[g] = speaker.Carried("the speaker, named by the first person in the quotation");
            }
        }
    }

    /// <summary>"…into our exclusive economic zone»": a first-person possessive or object pronoun in [from, to) inside a quotation stands for the speaker.</summary>
    public Participants? Target(Document document, SentenceAnalysis analysis, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        var tokens = document.Tokens;
        for (var k = from; k < to && k < analysis.Sentence.TokenEnd; k++)
        {
            if (grammar["speakerPossessive"].Contains(tokens[k].Lower) && OpeningQuote(tokens, analysis.Sentence, k) is var opening and >= 0)
            {
                return Speaker(tokens, analysis, analysis.Subjects, opening)?.Carried("the speaker, named by the first person in the quotation");
            }
        }

        return null;
    }

    private static bool HasQuote(Token[] tokens, Sentence sentence)
    {
        for (var k = sentence.TokenStart; k < sentence.TokenEnd; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation mark that opens the quotation token <paramref name="at"/> stands in, or -1 when it stands in none.</summary>
    private static int OpeningQuote(Token[] tokens, Sentence sentence, int at)
    {
        var opening = -1;
        for (var k = sentence.TokenStart; k < at; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                opening = opening < 0 ? k : -1;
            }
        }

        return opening;
    }

    /// <summary>The subject of the first verb of saying after the quotation closes, else of the last one before it opens.</summary>
    /// <summary>Whether a word (not a quotation mark or punctuation) stands between the closing mark and a subject that starts after it.</summary>
    private static bool OwnClauseAfter(Token[] tokens, int closing, int subjectStart)
    {
        for (var k = closing + 1; k < tokens.Length && tokens[k].Start < subjectStart; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private static Participants? Speaker(Token[] tokens, SentenceAnalysis analysis, IReadOnlyList<Participants?> subjects, int opening)
    {
        var closing = opening + 1;
        while (closing < analysis.Sentence.TokenEnd && tokens[closing].Kind != TokenKind.Quote)
        {
            closing++;
        }

        Participants? before = null;
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            var group = analysis.Groups[g];
            if (!group.Reporting || subjects[g] is not { } subject || subject.How.StartsWith("the speaker", StringComparison.Ordinal))
            {
                continue;
            }

            if (group.Head > closing)
            {
                // "…as putting «our security…», while China's embassy said…": a clause of its own after the quotation, opened by
                // a word other than punctuation before its subject, has another speaker.
                return OwnClauseAfter(tokens, closing, subject.Start) ? before : subject;
            }

            before = group.Head < opening ? subject : before;
        }

        return before;
    }
}
