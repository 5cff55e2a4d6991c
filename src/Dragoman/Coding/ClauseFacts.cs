using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Small facts about a clause that the language coder asks while coding a verb group (split from <see cref="LanguageCoder"/>).</summary>
internal static class ClauseFacts
{
    private const string AntecedentOfRelative = "antecedent of the relative pronoun";

    /// <summary>Whether <paramref name="target"/> was named in a relative clause before group <paramref name="g"/>, which is outside it.</summary>
    public static bool FromClosedRelative(Token[] tokens, SentenceAnalysis analysis, int g, Participants target)
    {
        if (analysis.Subjects[g]?.How == AntecedentOfRelative)
        {
            return false;
        }

        for (var k = 0; k < g; k++)
        {
            if (analysis.Subjects[k]?.How == AntecedentOfRelative && tokens[analysis.Groups[k].Head].End <= target.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text offset where the sentence before this one starts (this one's, for the first).</summary>
    public static int PreviousSentenceStart(Document document, Sentence sentence) =>
        sentence.Index > 0 && sentence.Index - 1 < document.Sentences.Count ? document.Sentences[sentence.Index - 1].Start : sentence.Start;

    /// <summary>Whether a relative word stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool RelativeWithin(ClauseGrammar grammar, Token[] tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (grammar["relative"].Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The flags of a verb group, for --explain.</summary>
    public static string Describe(VerbGroup g) =>
        (g.Negated ? ", negated" : "") + (g.Passive ? ", passive" : "") + (g.Hypothetical ? ", hypothetical" : "")
        + (g.Future ? ", future" : "") + (g.NonFinite ? ", non-finite" : "") + (g.Coordinated ? ", coordinated" : "");
}
