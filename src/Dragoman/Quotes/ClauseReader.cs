using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Quotes;

/// <summary>
/// Reads verbs of saying and their subjects from the clause analysis for the quote stage, with two
/// corrections of its own: a verb counts as one of saying when any reading of its head has such a
/// lemma ("detto" is dire as well as dettare), and an "inverted subject" found after a
/// complementizer ("ha dichiarato che la Russia …") is the complement's subject, so the speaker is
/// the subject carried from before.
/// </summary>
public sealed class ClauseReader
{
    private readonly QuoteLexicon lexicon;
    private readonly ClauseGrammar grammar;

    // The sets read for every verb group and token, looked up by key once.
    private readonly WordSequenceSet reportingLemmas;
    private readonly WordSequenceSet quoteVerbs;

    public ClauseReader(QuoteLexicon lexicon, ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(grammar);
        this.lexicon = lexicon;
        this.grammar = grammar;
        reportingLemmas = grammar["reportingLemma"];
        quoteVerbs = lexicon["quoteVerb"];
        Complementizers = lexicon["complementizer"];
        Boundaries = grammar["boundary"];
        Coordinators = grammar["coordinator"];
    }

    public ClauseGrammar Grammar => grammar;

    public QuoteLexicon Lexicon => lexicon;

    /// <summary>The quote lexicon's complementizers ("che", "that").</summary>
    public WordSequenceSet Complementizers { get; }

    /// <summary>The grammar's clause boundaries.</summary>
    public WordSequenceSet Boundaries { get; }

    /// <summary>The grammar's coordinators.</summary>
    public WordSequenceSet Coordinators { get; }

    public bool IsReporting(Document document, VerbGroup group) => group.Reporting || HasReading(document, group, reportingLemmas);

    public bool IsSpeechVerb(Document document, VerbGroup group) => IsReporting(document, group) || HasReading(document, group, quoteVerbs);

    public bool Is(Document document, VerbGroup group, string key) => HasReading(document, group, lexicon[key]);

    /// <summary>True when the group's lemma, or a verbal reading of its head, is in <paramref name="lemmas"/>.</summary>
    public static bool HasReading(Document document, VerbGroup group, WordSequenceSet lemmas)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(lemmas);
        if (lemmas.Contains(group.Lemma))
        {
            return true;
        }

        if (document.Tokens[group.Head].Readings is not { } readings)
        {
            return false;
        }

        for (var r = 0; r < readings.Count; r++)
        {
            if (readings[r].IsVerbal && lemmas.Contains(readings[r].Lemma))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of group <paramref name="g"/> of sentence <paramref name="s"/>, corrected as the class summary says.</summary>
    public Participants? Subject(Document document, IReadOnlyList<SentenceAnalysis> analyses, int s, int g)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analyses);
        var analysis = analyses[s];
        var subject = analysis.Subjects[g];
        if (Reporter(document, analysis, g) is { } r)
        {
            return Subject(document, analyses, s, r);
        }

        var inverted = subject is not null && subject.How.StartsWith("inverted", StringComparison.Ordinal) && ComplementizerBefore(document, analysis.Groups[g].End, subject.Start);
        if (subject is not null && !inverted && !subject.How.StartsWith("dropped", StringComparison.Ordinal))
        {
            return subject;
        }

        for (var k = g - 1; k >= 0 && inverted; k--)
        {
            if (analysis.Subjects[k] is { } earlier)
            {
                return earlier;
            }
        }

        // An Italian dropped subject continues the main clause of the previous sentence: its first subject.
        for (var p = s - 1; p >= 0; p--)
        {
            for (var k = 0; k < analyses[p].Subjects.Length; k++)
            {
                if (analyses[p].Subjects[k] is { } last)
                {
                    return last;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A gerund or coordinated verb after the complement of a verb of saying belongs to that verb
    /// ("ha dichiarato che Mosca …, definendo «…»"; "declared that … and called China …").
    /// </summary>
    private int? Reporter(Document document, SentenceAnalysis analysis, int g)
    {
        var group = analysis.Groups[g];
        if (!(group.NonFinite || group.Coordinated) || group.Start == 0 || !(document.Tokens[group.Start - 1].Lower == "," || group.Coordinated))
        {
            return null;
        }

        for (var r = g - 2; r >= 0; r--)
        {
            var reporting = analysis.Groups[r];
            if (IsReporting(document, reporting) && reporting.End < document.Tokens.Length && ComplementizerBefore(document, reporting.End, document.Tokens[Math.Min(reporting.End + 3, document.Tokens.Length - 1)].Start))
            {
                return r;
            }
        }

        return null;
    }

    private bool ComplementizerBefore(Document document, int from, int offset)
    {
        for (var k = from; k < document.Tokens.Length && document.Tokens[k].Start < offset; k++)
        {
            if (Complementizers.Contains(document.Tokens[k].Lower) || Boundaries.Contains(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
