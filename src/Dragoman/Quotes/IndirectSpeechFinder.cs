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
    private readonly WordSequenceSet infinitiveMarkers;
    private readonly WordSequenceSet infinitiveReports;
    private readonly WordSequenceSet bareComplements;

    public IndirectSpeechFinder(ClauseReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
        infinitiveMarkers = reader.Lexicon["infinitiveMarker"];
        infinitiveReports = reader.Lexicon["infinitiveReport"];
        bareComplements = reader.Lexicon["bareComplement"];
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
            first ??= ClauseReader.HasReading(document, group, infinitiveReports) ? Infinitive(tokens, analysis, g) : null;
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
            if (reader.Complementizers.Contains(tokens[k].Lower))
            {
                return k + 1 < analysis.Sentence.TokenEnd ? k + 1 : null;
            }

            if (tokens[k].Kind is TokenKind.Quote || tokens[k].Lower is ":" or ";" || reader.Boundaries.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        // "said the outcome cannot …": a noun phrase right after the verb and a finite verb later.
        var next = group.End;
        var bare = ClauseReader.HasReading(document, group, bareComplements) && next < analysis.Sentence.TokenEnd
            && tokens[next].Pos is PartOfSpeech.Det or PartOfSpeech.Pron or PartOfSpeech.Propn or PartOfSpeech.Noun
            && FiniteAfter(analysis.Groups, g);
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
            if (infinitiveMarkers.Contains(tokens[k].Lower))
            {
                return k + 1;
            }
        }

        return null;
    }

    private (int, int, Participants, string)? Attribution(Document document, SentenceAnalysis analysis)
    {
        var tokens = document.Tokens;
        var source = FirstAttribution(analysis.Arguments);
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
            if (tokens[k].Lower == ";" || (tokens[k].Lower == "," && GerundAt(tokens, analysis.Groups, k + 1)))
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

    /// <summary>The first argument of the sentence in the attribution role, or null.</summary>
    internal static Argument? FirstAttribution(IReadOnlyList<Argument> arguments)
    {
        for (var a = 0; a < arguments.Count; a++)
        {
            if (arguments[a].Role == ArgumentRole.Attribution)
            {
                return arguments[a];
            }
        }

        return null;
    }

    private static bool FiniteAfter(IReadOnlyList<VerbGroup> groups, int g)
    {
        for (var v = g + 1; v < groups.Count; v++)
        {
            if (!groups[v].NonFinite)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a gerund verb group starts and has its head at token <paramref name="k"/>.</summary>
    private static bool GerundAt(Token[] tokens, IReadOnlyList<VerbGroup> groups, int k)
    {
        for (var v = 0; v < groups.Count; v++)
        {
            if (groups[v].Start == k && groups[v].NonFinite && groups[v].Head == k && (tokens[k].Features?.Contains("ger", StringComparison.Ordinal) ?? false))
            {
                return true;
            }
        }

        return false;
    }
}
