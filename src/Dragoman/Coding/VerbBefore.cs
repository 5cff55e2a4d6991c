using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Whether a verb of the same clause stands before a token ("ha convocato l'ambasciatore afghano e il governo…"): a
/// verb or auxiliary found scanning back before any clause boundary word (grammar key boundary).
/// </summary>
internal static class VerbBefore
{
    public static bool InClause(ReadOnlySpan<Token> tokens, ClauseGrammar grammar, int sentenceStart, int start)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        for (var k = start - 1; k >= sentenceStart; k--)
        {
            if (grammar["boundary"].Contains(tokens[k].Lower))
            {
                return false;
            }

            // A correlative conjunction the lexicon also reads as a verb ("sia l'Egitto sia il Qatar") is none.
            if (tokens[k].Pos is PartOfSpeech.Aux or PartOfSpeech.Verb && !grammar["correlative"].Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
