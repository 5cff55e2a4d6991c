using System.Collections.Frozen;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// The positions in a sentence of every lemma and lower-case form that begins a pattern's word sequence, built
/// once so that the many patterns of each verb look their required words up instead of scanning the clause each
/// time. Words are numbered by the pattern vocabulary, so a look-up is an array read, not a string hash.
/// Positions of one word are chained through an array; one instance is reused for every sentence
/// of a document (<see cref="Reset"/>) and lent from document to document, so coding allocates no index per sentence.
/// </summary>
public sealed class ClauseWords
{
    // By word number: the last slot holding the word, valid only where its stamp is this sentence's.
    private int[] last = [];
    private int[] stamps = [];
    private int generation;
    private int[] previous = [];
    private Token[] tokens = [];
    private int start;
    private FrozenDictionary<string, int> vocabulary = FrozenDictionary<string, int>.Empty;

    public void Reset(Token[] tokens, int start, int end, IReadOnlyList<(int Start, int End)> skip, FrozenDictionary<string, int> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(skip);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.tokens = tokens;
        this.start = start;
        this.vocabulary = vocabulary;
        if (last.Length < vocabulary.Count)
        {
            last = new int[vocabulary.Count];
            stamps = new int[vocabulary.Count];
            generation = 0;
        }

        if (++generation == int.MaxValue)
        {
            Array.Clear(stamps);
            generation = 1;
        }

        // Two slots a token: its lower-case form and its lemma.
        if (previous.Length < (end - start) * 2)
        {
            previous = new int[(end - start) * 4];
        }

        for (var i = start; i < end; i++)
        {
            // Words of a time expression are not object words: "in March" must not satisfy "march".
            if (Within(skip, i))
            {
                previous[(i - start) * 2] = -1;
                previous[((i - start) * 2) + 1] = -1;
                continue;
            }

            Add(tokens[i].Lower, (i - start) * 2);
            if (tokens[i].Lemma != tokens[i].Lower)
            {
                Add(tokens[i].Lemma, ((i - start) * 2) + 1);
            }
            else
            {
                previous[((i - start) * 2) + 1] = -1;
            }
        }
    }

    /// <summary>Forgets the last document (its tokens and words) but keeps the room it needed, for the next one.</summary>
    public void Release()
    {
        tokens = [];
        vocabulary = FrozenDictionary<string, int>.Empty;
    }

    /// <summary>The occurrence of a word sequence in [<paramref name="from"/>, <paramref name="to"/>) closest to <paramref name="head"/>, or -1.</summary>
    public int Closest(PatternWords sequence, int head, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var id = sequence.Id;
        if (id >= stamps.Length || stamps[id] != generation)
        {
            return -1;
        }

        var words = sequence.Words;
        var slot = last[id];
        var found = -1;
        for (; slot >= 0; slot = previous[slot])
        {
            var i = start + (slot / 2);
            if (i >= from && i + words.Length <= to && Continues(words, i) && (found < 0 || Math.Abs(i - head) < Math.Abs(found - head)))
            {
                found = i;
            }
        }

        return found;
    }

    private static bool Within(IReadOnlyList<(int Start, int End)> ranges, int token)
    {
        for (var r = 0; r < ranges.Count; r++)
        {
            if (token >= ranges[r].Start && token < ranges[r].End)
            {
                return true;
            }
        }

        return false;
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

    private void Add(string word, int slot)
    {
        if (!vocabulary.TryGetValue(word, out var id))
        {
            previous[slot] = -1;
            return;
        }

        previous[slot] = stamps[id] == generation ? last[id] : -1;
        last[id] = slot;
        stamps[id] = generation;
    }
}
