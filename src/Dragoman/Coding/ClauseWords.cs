using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// The positions of every lemma and lower-case form in a sentence, built once so that the many
/// patterns of each verb look their required words up instead of scanning the clause each time.
/// </summary>
public sealed class ClauseWords
{
    private readonly Dictionary<string, List<int>> positions = new(StringComparer.Ordinal);
    private readonly Token[] tokens;

    public ClauseWords(Token[] tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        this.tokens = tokens;
        for (var i = start; i < end; i++)
        {
            Add(tokens[i].Lower, i);
            if (!ReferenceEquals(tokens[i].Lemma, tokens[i].Lower) && tokens[i].Lemma != tokens[i].Lower)
            {
                Add(tokens[i].Lemma, i);
            }
        }
    }

    /// <summary>The occurrence of a word sequence in [<paramref name="from"/>, <paramref name="to"/>) closest to <paramref name="head"/>, or -1.</summary>
    public int Closest(string[] words, int head, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!positions.TryGetValue(words[0], out var starts))
        {
            return -1;
        }

        var found = -1;
        foreach (var i in starts)
        {
            if (i >= from && i + words.Length <= to && Continues(words, i) && (found < 0 || Math.Abs(i - head) < Math.Abs(found - head)))
            {
                found = i;
            }
        }

        return found;
    }

    private bool Continues(string[] words, int i)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var at = i + k;
            if (at >= tokens.Length || !(tokens[at].Lemma == words[k] || tokens[at].Lower == words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string word, int index)
    {
        if (!positions.TryGetValue(word, out var list))
        {
            list = [];
            positions[word] = list;
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
