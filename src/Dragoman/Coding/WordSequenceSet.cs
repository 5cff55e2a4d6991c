using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// A set of one- or multi-word items ("non", "nei confronti di", "according to") that can be
/// looked up ending at, or starting at, a token position.
/// </summary>
public sealed class WordSequenceSet
{
    private readonly Dictionary<string, List<(string[] Words, string Value)>> byLast = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, string Value)>> byFirst = new(StringComparer.Ordinal);

    private readonly HashSet<string> singles = new(StringComparer.Ordinal);

    // Most tokens asked about are in no set: their shape rules them out before a hash is computed.
    private readonly WordShapeFilter singleShapes = new();
    private readonly WordShapeFilter firstShapes = new();
    private readonly WordShapeFilter lastShapes = new();

    public int Count { get; private set; }

    public void Add(string item, string value)
    {
        ArgumentNullException.ThrowIfNull(item);
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            singles.Add(words[0]);
            singleShapes.Add(words[0]);
        }

        firstShapes.Add(words[0]);
        lastShapes.Add(words[^1]);

        Insert(byLast, words[^1], words, value);
        Insert(byFirst, words[0], words, value);
        Count++;
    }

    /// <summary>Every item, its words joined by spaces (for keys that hold a number).</summary>
    public IEnumerable<string> Items => byFirst.Values.SelectMany(list => list).Select(entry => string.Join(' ', entry.Words));

    public bool Contains(string lower) => lower is not null && singleShapes.MayContain(lower) && singles.Contains(lower);

    /// <summary>The value of the one-word item <paramref name="word"/> (a lemma, say), or null.</summary>
    public string? ValueOf(string? word)
    {
        if (word is null || !singleShapes.MayContain(word) || !singles.Contains(word))
        {
            return null;
        }

        foreach (var (words, value) in byFirst[word])
        {
            if (words.Length == 1)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Whether the two-word item "<paramref name="first"/> <paramref name="second"/>" is in the set (a lemma and its particle, say).</summary>
    public bool ContainsPair(string? first, string second)
    {
        if (first is null || !firstShapes.MayContain(first) || !byFirst.TryGetValue(first, out var list))
        {
            return false;
        }

        foreach (var (words, _) in list)
        {
            if (words.Length == 2 && string.Equals(words[1], second, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest item ending at token <paramref name="last"/> (not before <paramref name="floor"/>): its value and first token.</summary>
    public (string Value, int First)? EndingAt(ReadOnlySpan<Token> tokens, int last, int floor = 0)
    {
        if (last < floor || last >= tokens.Length || !lastShapes.MayContain(tokens[last].Lower) || !byLast.TryGetValue(tokens[last].Lower, out var list))
        {
            return null;
        }

        (string, int)? best = null;
        var bestLength = 0;
        foreach (var (words, value) in list)
        {
            var first = last - words.Length + 1;
            if (first >= floor && words.Length > bestLength && Matches(tokens, first, words))
            {
                best = (value, first);
                bestLength = words.Length;
            }
        }

        return best;
    }

    /// <summary>Whether any item starts at a token in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool AnyStartingIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < tokens.Length; k++)
        {
            if (StartingAt(tokens, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest item starting at token <paramref name="first"/>: its value and the token after it.</summary>
    public (string Value, int End)? StartingAt(ReadOnlySpan<Token> tokens, int first)
    {
        if (first >= tokens.Length || !firstShapes.MayContain(tokens[first].Lower) || !byFirst.TryGetValue(tokens[first].Lower, out var list))
        {
            return null;
        }

        (string, int)? best = null;
        var bestLength = 0;
        foreach (var (words, value) in list)
        {
            if (first + words.Length <= tokens.Length && words.Length > bestLength && Matches(tokens, first, words))
            {
                best = (value, first + words.Length);
                bestLength = words.Length;
            }
        }

        return best;
    }

    private static bool Matches(ReadOnlySpan<Token> tokens, int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[first + k].Lower, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void Insert(Dictionary<string, List<(string[], string)>> map, string key, string[] words, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add((words, value));
    }
}
