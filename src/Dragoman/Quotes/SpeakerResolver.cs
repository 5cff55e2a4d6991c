using Dragoman.Actors;
using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Quotes;

/// <summary>
/// Finds who speaks a quote, trying in order: a reporting clause right after it ("…», ha detto
/// Putin"; "…," Xi told Biden), a clause ending in a colon or comma before it ("Modi ha promesso:"),
/// the nearest verb of saying or quoting before it in its sentence (its subject, dropped or not),
/// "secondo X" / "according to X", and a verb of saying closing the sentence (", his office said").
/// </summary>
public sealed class SpeakerResolver
{
    private const int Window = 10;

    private readonly ClauseReader reader;

    public SpeakerResolver(ClauseReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
    }

    /// <summary>The speaker of words in quotation marks: tokens [first, last] of the quote, opener at <paramref name="openToken"/>, closer at <paramref name="closeToken"/>.</summary>
    public (Participants Speaker, string How)? Resolve(Document document, IReadOnlyList<SentenceAnalysis> analyses, int opening, int closing, int openToken, int closeToken, bool commaBeforeCloser)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analyses);
        var context = new Context(document, analyses);
        return After(context, closing, closeToken, commaBeforeCloser)
            ?? Before(context, opening, openToken)
            ?? Governing(context, opening, openToken)
            ?? Attribution(document, analyses[opening])
            ?? Closing(context, closing, closeToken);
    }

    private sealed record Context(Document Document, IReadOnlyList<SentenceAnalysis> Analyses);

    /// <summary>"…», ha detto Putin" / "…," the U.S. president told reporters.</summary>
    private (Participants, string)? After(Context c, int s, int closeToken, bool commaBeforeCloser)
    {
        var (document, analysis) = (c.Document, c.Analyses[s]);
        var tokens = document.Tokens;
        var k = closeToken + 1;
        var comma = commaBeforeCloser;
        if (k < analysis.Sentence.TokenEnd && tokens[k].Lower == ",")
        {
            comma = true;
            k++;
        }

        var g = FirstGroupFrom(analysis, k);
        if (!comma || g < 0 || !reader.IsSpeechVerb(document, analysis.Groups[g]) || analysis.Groups[g].Start - k > Window || CrossesBoundary(tokens, k, analysis.Groups[g].Start))
        {
            return null;
        }

        var group = analysis.Groups[g];
        var between = LastWithin(analysis.Arguments, k, group.Start);
        if (between is not null)
        {
            return (Participants.From([between], MentionText(document, between), "subject before the reporting verb"), "reporting clause after the quote");
        }

        var subject = reader.Subject(c.Document, c.Analyses, s, g);
        if (subject is not null && subject.How.StartsWith("pronoun", StringComparison.Ordinal))
        {
            return (subject, "reporting clause after the quote");
        }

        var nextGroup = g + 1 < analysis.Groups.Count ? analysis.Groups[g + 1].Start : analysis.Sentence.TokenEnd;
        var inverted = FirstBareAfter(analysis.Arguments, group.End, nextGroup);
        if (inverted is not null)
        {
            return (Participants.From([inverted], MentionText(document, inverted), "inverted subject"), "reporting clause after the quote");
        }

        if (Description(c, group) is { } described)
        {
            return (described, "reporting clause after the quote");
        }

        return subject is null ? null : (subject, "reporting clause after the quote");
    }

    /// <summary>
    /// "…», ha aggiunto il ministro": a definite noun after the verb names someone mentioned before —
    /// the last mention whose text holds that noun, else the last person named.
    /// </summary>
    private static Participants? Description(Context c, VerbGroup group)
    {
        var tokens = c.Document.Tokens;
        var k = group.End;
        if (k + 1 >= tokens.Length || tokens[k].Pos != PartOfSpeech.Det || !(tokens[k].Features?.StartsWith("def", StringComparison.Ordinal) ?? false) || tokens[k + 1].Pos != PartOfSpeech.Noun)
        {
            return null;
        }

        var noun = tokens[k + 1].Lower;
        var named = LastMentionBefore(c.Document, tokens[k].Start, noun);
        return named is null ? null : new Participants(named.AllActors.ToArray(), c.Document.Text[named.Start..named.End], named.Start, named.End, $"description '{noun}'");
    }

    /// <summary>"Modi ha promesso: «…»" — a verb ending just before the quote, a colon or comma between.</summary>
    private (Participants, string)? Before(Context c, int s, int openToken)
    {
        var (document, analysis) = (c.Document, c.Analyses[s]);
        var tokens = document.Tokens;
        var mark = openToken - 1;
        if (mark < analysis.Sentence.TokenStart || tokens[mark].Lower is not (":" or ","))
        {
            return null;
        }

        var g = LastGroupWithHeadBefore(analysis.Groups, mark);
        if (g < 0 || mark - analysis.Groups[g].End > 4 || CrossesBoundary(tokens, analysis.Groups[g].End, mark) || (tokens[mark].Lower == "," && !reader.IsSpeechVerb(document, analysis.Groups[g])))
        {
            return null;
        }

        return reader.Subject(c.Document, c.Analyses, s, g) is { } subject ? (subject, "reporting clause before the quote") : null;
    }

    /// <summary>"Kim ha definito l'accordo “potente”", "Katz said that the army would seize "large areas"".</summary>
    private (Participants, string)? Governing(Context c, int s, int openToken)
    {
        var analysis = c.Analyses[s];
        for (var g = analysis.Groups.Count - 1; g >= 0; g--)
        {
            var group = analysis.Groups[g];
            // The subject of a passive ("sarà considerato «un atto di guerra»") is what is named, not who names it.
            if (group.Head < openToken && reader.IsSpeechVerb(c.Document, group) && !group.Negated && !group.Passive)
            {
                return reader.Subject(c.Document, c.Analyses, s, g) is { } subject ? (subject, $"subject of '{group.Lemma}'") : null;
            }
        }

        return null;
    }

    private static (Participants, string)? Attribution(Document document, SentenceAnalysis analysis)
    {
        var source = IndirectSpeechFinder.FirstAttribution(analysis.Arguments);
        return source is null ? null : (Participants.From([source], MentionText(document, source), "attribution"), "attribution");
    }

    /// <summary>"Zelensky will present his "victory plan" …, his office said."</summary>
    private (Participants, string)? Closing(Context c, int s, int closeToken)
    {
        var (document, analysis) = (c.Document, c.Analyses[s]);
        var tokens = document.Tokens;
        for (var g = analysis.Groups.Count - 1; g >= 0 && analysis.Groups[g].Start > closeToken; g--)
        {
            var group = analysis.Groups[g];
            var comma = LastComma(tokens, closeToken, group.Start);
            if (reader.IsReporting(document, group) && comma >= 0 && group.Start - comma <= 4 && group.End >= analysis.Sentence.TokenEnd - 4)
            {
                return reader.Subject(c.Document, c.Analyses, s, g) is { } subject ? (subject, "reporting clause closing the sentence") : null;
            }
        }

        return null;
    }

    private static int FirstGroupFrom(SentenceAnalysis analysis, int token)
    {
        for (var g = 0; g < analysis.Groups.Count; g++)
        {
            if (analysis.Groups[g].Start >= token)
            {
                return g;
            }
        }

        return -1;
    }

    private bool CrossesBoundary(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (reader.Boundaries.Contains(tokens[k].Lower) || reader.Coordinators.Contains(tokens[k].Lower) || tokens[k].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    private static string MentionText(Document document, Argument argument) => document.Text[argument.Mention.Start..argument.Mention.End];

    /// <summary>The last argument inside tokens [from, to).</summary>
    private static Argument? LastWithin(IReadOnlyList<Argument> arguments, int from, int to)
    {
        for (var a = arguments.Count - 1; a >= 0; a--)
        {
            if (arguments[a].TokenStart >= from && arguments[a].TokenEnd <= to)
            {
                return arguments[a];
            }
        }

        return null;
    }

    /// <summary>The first bare argument starting within three tokens after a verb group ending at <paramref name="groupEnd"/>, before the next group.</summary>
    private static Argument? FirstBareAfter(IReadOnlyList<Argument> arguments, int groupEnd, int nextGroup)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var a = arguments[i];
            if (a.TokenStart >= groupEnd && a.TokenStart <= groupEnd + 3 && a.TokenStart < nextGroup && a.Role == ArgumentRole.Bare)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>The last mention ending before <paramref name="offset"/> whose text holds <paramref name="noun"/>, else the last such person.</summary>
    private static ActorMention? LastMentionBefore(Document document, int offset, string noun)
    {
        var mentions = document.Mentions;
        ActorMention? person = null;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.End > offset)
            {
                continue;
            }

            if (document.Text.AsSpan(mention.Start, mention.End - mention.Start).Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return mention;
            }

            person ??= mention.Kind == MentionKind.Person ? mention : null;
        }

        return person;
    }

    private static int LastGroupWithHeadBefore(IReadOnlyList<VerbGroup> groups, int token)
    {
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g].Head < token)
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>The last comma among tokens [from, to), or -1.</summary>
    private static int LastComma(Token[] tokens, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (tokens[k].Lower == ",")
            {
                return k;
            }
        }

        return -1;
    }
}
