using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>
/// "After Spain, Ireland and Norway recognised a Palestinian state, Israel recalled its ambassadors", "Following
/// talks with France, Germany said…": a sentence that opens with a preposition, a subordinating conjunction or a
/// gerund puts a phrase before its main clause, up to the first comma that does not separate the items of a list.
/// What is named there is a circumstance, not the sentence's topic that "its" or "suo" refers to.
/// </summary>
internal static class OpeningPhrase
{
    private const string Comma = ",";
    private const string Gerund = "ger";

    // A list item after a comma is a few words long before the next comma or the coordinator that closes the list.
    private const int ListItemReach = 4;

    /// <summary>Whether token <paramref name="token"/> lies inside the opening phrase of <paramref name="sentence"/>.</summary>
    public static bool Holds(Token[] tokens, Sentence sentence, int token)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentence);
        var opener = tokens[sentence.TokenStart];
        if (token <= sentence.TokenStart || !(opener.Pos is PartOfSpeech.Adp or PartOfSpeech.Sconj || opener.Features?.Contains(Gerund, StringComparison.Ordinal) == true))
        {
            return false;
        }

        for (var k = sentence.TokenStart + 1; k < token; k++)
        {
            if (tokens[k].Lower == Comma && !ListComma(tokens, k, sentence.TokenEnd))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Spain, Ireland and Norway": a comma followed within a few words by another comma or a coordinator.</summary>
    private static bool ListComma(Token[] tokens, int comma, int end)
    {
        for (var j = comma + 1; j < end && j <= comma + ListItemReach; j++)
        {
            if (tokens[j].Lower == Comma || tokens[j].Pos == PartOfSpeech.Cconj)
            {
                return true;
            }
        }

        return false;
    }
}
