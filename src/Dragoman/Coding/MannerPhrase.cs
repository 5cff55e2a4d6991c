using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>A phrase of manner between a verb and its object, which the object's head noun is looked for past.</summary>
internal static class MannerPhrase
{
    // How many words a phrase of manner between a verb and its object may have ("con la massima fermezza").
    private const int MannerWindow = 6;

    /// <summary>
    /// "ha condannato «con la massima fermezza» la strage", "ha condannato con forza l'attacco": a phrase of manner,
    /// quoted or led by a preposition and ending in a noun, between the verb and its definite object is passed over.
    /// </summary>
    /// <returns>The first token after the phrase, or <paramref name="from"/> when there is none.</returns>
    public static int Past(Token[] tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var k = from;
        if (k < to && tokens[k].Text is "\"" or "«" or "“")
        {
            k++;
        }

        if (k >= to || tokens[k].Pos != PartOfSpeech.Adp)
        {
            return from;
        }

        for (var end = k + 1; end < to && end <= k + MannerWindow; end++)
        {
            var token = tokens[end];
            if (token.Pos is PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Adv)
            {
                continue;
            }

            if (token.Pos != PartOfSpeech.Noun)
            {
                return from;
            }

            var next = end + 1;
            next += next < to && tokens[next].Text is "\"" or "»" or "”" ? 1 : 0;
            return next < to && tokens[next].Pos == PartOfSpeech.Det ? next : from;
        }

        return from;
    }
}
