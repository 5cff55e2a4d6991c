using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// A relative pronoun after a preposition ("il premier ungherese, con cui ha firmato tre accordi",
/// "the country with which it signed") stands for the mention before it: that mention is the
/// verb's target when the preposition is one the pattern takes its target from.
/// </summary>
public sealed class ObliqueRelative
{
    private readonly ClauseGrammar grammar;

    public ObliqueRelative(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The antecedent of a preposition + relative pronoun right before the verb group, or null.</summary>
    public Participants? Antecedent(Document document, SentenceAnalysis analysis, VerbGroup group, EventPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(pattern);
        var tokens = document.Tokens;
        var floor = analysis.Sentence.TokenStart;
        var pronoun = group.Start - 1;
        if (pronoun <= floor || !grammar["obliqueRelative"].Contains(tokens[pronoun].Lower))
        {
            return null;
        }

        // "con il quale": the article of the relative stands between it and the preposition.
        var last = tokens[pronoun - 1].Pos == PartOfSpeech.Det ? pronoun - 2 : pronoun - 1;
        if (last < floor || grammar.Prepositions.EndingAt(tokens, last, floor) is not { } preposition || !Accepts(pattern, preposition.Value))
        {
            return null;
        }

        var end = preposition.First > floor && tokens[preposition.First - 1].Lower == "," ? preposition.First - 1 : preposition.First;
        for (var aIndex = 0; aIndex < analysis.Arguments.Count; aIndex++)
        {
            var a = analysis.Arguments[aIndex];
            if (a.TokenEnd == end && a.Role is ArgumentRole.Bare or ArgumentRole.Dative or ArgumentRole.Prepositional)
            {
                return Participants.From([a], document.Text[a.Mention.Start..a.Mention.End], "antecedent of the relative after a preposition");
            }
        }

        return null;
    }

    private bool Accepts(EventPattern pattern, string preposition) => pattern.Target switch
    {
        TargetKind.Preposition => pattern.TargetPrepositions.Contains(preposition),
        TargetKind.Object => grammar["dativePreposition"].Contains(preposition),
        TargetKind.Any => true,
        _ => grammar["opponentPreposition"].Contains(preposition),
    };
}
