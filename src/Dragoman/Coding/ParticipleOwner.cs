using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "La Serbia chiede il rilascio dei suoi tre poliziotti arrestati dal Kosovo": a participle that
/// describes a noun owned through a possessive ("suoi", "propri") acts on the subject that owns it.
/// </summary>
public sealed class ParticipleOwner
{
    private const int Reach = 4;

    private readonly ClauseGrammar grammar;

    public ParticipleOwner(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The subject of the verb before the participle of group <paramref name="g"/>, when a possessive owns the noun it describes.</summary>
    public Participants? Find(Document document, SentenceAnalysis analysis, int g)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        var group = analysis.Groups[g];
        var tokens = document.Tokens;
        var noun = group.Start - 1;
        if (!group.BareParticiple || noun < analysis.Sentence.TokenStart || tokens[noun].Pos != PartOfSpeech.Noun || !OwnedByPossessive(tokens, noun, analysis.Sentence.TokenStart))
        {
            return null;
        }

        for (var p = g - 1; p >= 0; p--)
        {
            if (!analysis.Groups[p].BareParticiple && !analysis.Groups[p].Passive)
            {
                return analysis.Subjects[p]?.Carried("owner of the noun the participle describes");
            }
        }

        return null;
    }

    private bool OwnedByPossessive(Token[] tokens, int noun, int floor)
    {
        for (var k = noun - 1; k >= floor && k >= noun - Reach; k--)
        {
            if (grammar["possessiveDeterminer"].Contains(tokens[k].Lower))
            {
                return true;
            }

            if (tokens[k].Pos is not (PartOfSpeech.Num or PartOfSpeech.Adj or PartOfSpeech.Det or PartOfSpeech.Noun))
            {
                return false;
            }
        }

        return false;
    }
}
