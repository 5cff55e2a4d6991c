using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// The Italian cleft, common in news: "A condannare l'attacco è stata la Francia", "È stata la Francia a condannare
/// l'attacco". The infinitive after the cleft preposition (grammar key cleftPreposition) is done by the actor the copula
/// (cleftCopula) introduces.
/// </summary>
internal sealed class CleftSubject
{
    private readonly ClauseGrammar grammar;

    public CleftSubject(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public Participants? Find(Document document, SentenceAnalysis analysis, int g)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        var tokens = document.Tokens;
        var group = analysis.Groups[g];
        var marker = group.Start - 1;
        if (marker < analysis.Sentence.TokenStart || !grammar["cleftPreposition"].Contains(tokens[marker].Lower))
        {
            return null;
        }

        // "È stata la Francia a condannare…": the copula, then the actor right before the preposition.
        if (g > 0 && IsCopula(analysis.Groups[g - 1]) && ArgumentSpanning(analysis, analysis.Groups[g - 1].End, marker) is { } before)
        {
            return Participants.From([before], document.Text[before.Mention.Start..before.Mention.End], "actor of the cleft before the infinitive");
        }

        // "A condannare l'attacco è stata la Francia": the preposition opens the clause; the actor follows the copula after it.
        var opensClause = marker == analysis.Sentence.TokenStart || tokens[marker - 1].Lower == ",";
        for (var k = g + 1; opensClause && k < analysis.Groups.Count; k++)
        {
            if (IsCopula(analysis.Groups[k]))
            {
                var after = analysis.Groups[k].End;
                while (after < analysis.Sentence.TokenEnd && tokens[after].Pos == PartOfSpeech.Adv)
                {
                    after++;
                }

                return analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Bare && a.TokenStart == after) is { } actor
                    ? Participants.From([actor], document.Text[actor.Mention.Start..actor.Mention.End], "actor of the cleft after the copula")
                    : null;
            }
        }

        return null;
    }

    private bool IsCopula(VerbGroup group) => !group.NonFinite && !group.Negated && grammar["cleftCopula"].Contains(group.Lemma);

    private static Argument? ArgumentSpanning(SentenceAnalysis analysis, int from, int to) =>
        analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Bare && a.TokenStart >= from && a.TokenEnd == to);
}
