using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Quotes;

/// <summary>
/// Reported speech without quotation marks: the complement of a verb of saying ("ha dichiarato
/// che …", "said that …", "said the outcome …"), the infinitive complement of verbs such as
/// "chiedere di", "urge to", and a sentence opened by "secondo X," / "according to X,".
/// The complement runs to the end of the sentence, a semicolon or a gerund after a comma.
/// </summary>
public sealed class IndirectSpeechFinder
{
    private const int Gap = 5;

    private readonly ClauseReader reader;
    private readonly QuoteLexicon lexicon;
    private readonly ClauseGrammar grammar;

    public IndirectSpeechFinder(ClauseReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
        lexicon = reader.Lexicon;
        grammar = reader.Grammar;
    }

    /// <summary>Complements in one sentence: (first token, end token, speaker, how).</summary>
    public IEnumerable<(int First, int End, Participants Speaker, string How)> Find(Document document, IReadOnlyList<SentenceAnalysis> analyses, int s, Func<int, bool> insideQuote)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analyses);
        var analysis = analyses[s];
        ArgumentNullException.ThrowIfNull(insideQuote);
        var tokens = document.Tokens;
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            var group = analysis.Groups[g];
            if (group.Negated || insideQuote(group.Head) || reader.Subject(document, analyses, s, g) is not { } speaker || speaker.Actors.Count == 0)
            {
                continue;
            }

            var first = reader.IsReporting(document, group) ? Complement(document, analysis, g) : null;
            first ??= reader.Is(document, group, "infinitiveReport") ? Infinitive(tokens, analysis, g) : null;
            if (first is { } f)
            {
                yield return (f, End(tokens, analysis, f), speaker, $"complement of '{group.Lemma}'");
            }
        }

        if (Attribution(document, analysis) is { } claimed)
        {
            yield return claimed;
        }
    }

    private int? Complement(Document document, SentenceAnalysis analysis, int g)
    {
        var tokens = document.Tokens;
        var group = analysis.Groups[g];
        var limit = Math.Min(analysis.Sentence.TokenEnd, group.End + Gap);
        var nextGroup = g + 1 < analysis.Groups.Count ? analysis.Groups[g + 1].Start : analysis.Sentence.TokenEnd;
        for (var k = group.End; k < limit && k < nextGroup; k++)
        {
            if (lexicon["complementizer"].Contains(tokens[k].Lower))
            {
                return k + 1 < analysis.Sentence.TokenEnd ? k + 1 : null;
            }

            if (tokens[k].Kind is TokenKind.Quote || tokens[k].Lower is ":" or ";" || grammar["boundary"].Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        // "said the outcome cannot …": a noun phrase right after the verb and a finite verb later.
        var next = group.End;
        var bare = reader.Is(document, group, "bareComplement") && next < analysis.Sentence.TokenEnd
            && tokens[next].Pos is PartOfSpeech.Det or PartOfSpeech.Pron or PartOfSpeech.Propn or PartOfSpeech.Noun
            && analysis.Groups.Skip(g + 1).Any(v => !v.NonFinite);
        return bare ? next : null;
    }

    private int? Infinitive(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        var group = analysis.Groups[g];
        var next = g + 1 < analysis.Groups.Count ? analysis.Groups[g + 1] : null;
        if (next is null || !next.NonFinite || next.Start - group.End > Gap + 2)
        {
            return null;
        }

        for (var k = group.End; k <= next.Start && k < analysis.Sentence.TokenEnd; k++)
        {
            if (lexicon["infinitiveMarker"].Contains(tokens[k].Lower))
            {
                return k + 1;
            }
        }

        return null;
    }

    private (int, int, Participants, string)? Attribution(Document document, SentenceAnalysis analysis)
    {
        var tokens = document.Tokens;
        var source = analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Attribution);
        if (source is null || source.TokenStart > analysis.Sentence.TokenStart + 4 || source.TokenEnd >= analysis.Sentence.TokenEnd || tokens[source.TokenEnd].Lower != ",")
        {
            return null;
        }

        var first = source.TokenEnd + 1;
        var speaker = Participants.From([source], document.Text[source.Mention.Start..source.Mention.End], "attribution");
        return (first, End(tokens, analysis, first), speaker, "attribution");
    }

    private static int End(Token[] tokens, SentenceAnalysis analysis, int first)
    {
        var end = analysis.Sentence.TokenEnd;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].Lower == ";" || (tokens[k].Lower == "," && analysis.Groups.Any(v => v.Start == k + 1 && v.NonFinite && v.Head == k + 1 && (tokens[k + 1].Features?.Contains("ger", StringComparison.Ordinal) ?? false))))
            {
                return k;
            }
        }

        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        return end;
    }
}
