using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "Dopo il bombardamento turco delle postazioni curde, Damasco ha protestato": a phrase set off by a comma before the
/// sentence's first verb, whose attacks are told before the main clause answers them.
/// </summary>
internal static class PreposedPhrase
{
    /// <summary>The comma ending a phrase set before the sentence's first verb, else the sentence start (nothing preposed).</summary>
    public static int End(Token[] tokens, Sentence sentence, IReadOnlyList<VerbGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(groups);
        var firstVerb = groups.Count > 0 ? groups[0].Start : sentence.TokenStart;
        for (var k = firstVerb - 1; k > sentence.TokenStart; k--)
        {
            if (tokens[k].Lower == ",")
            {
                return k;
            }
        }

        return sentence.TokenStart;
    }
}
