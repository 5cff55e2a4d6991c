using System.Collections.Frozen;

namespace Dragoman.Actors;

/// <summary>
/// A trie over folded token sequences: every gazetteer phrase is a path, so one walk from a token
/// finds all phrases starting there and the longest wins.
/// </summary>
public sealed class PhraseTrie
{
    private readonly Node root = new();
    private bool frozen;

    public int PhraseCount { get; private set; }

    public void Add(IReadOnlyList<string> foldedTokens, PhraseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(foldedTokens);
        ArgumentNullException.ThrowIfNull(entry);
        if (frozen)
        {
            throw new InvalidOperationException("the trie is frozen");
        }

        var node = root;
        foreach (var token in foldedTokens)
        {
            node.Building ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Building.TryGetValue(token, out var next))
            {
                next = new Node();
                node.Building[token] = next;
            }

            node = next;
        }

        node.Entries.Add(entry);
        PhraseCount++;
    }

    public void Freeze()
    {
        Freeze(root);
        frozen = true;
    }

    /// <summary>Walks from <paramref name="start"/>; calls back for every phrase end with its length in tokens.</summary>
    public void Walk(IReadOnlyList<string> foldedTokens, int start, Action<int, PhraseEntry> onMatch)
    {
        ArgumentNullException.ThrowIfNull(foldedTokens);
        ArgumentNullException.ThrowIfNull(onMatch);
        var node = root;
        for (var i = start; i < foldedTokens.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(foldedTokens[i], out var next))
            {
                return;
            }

            node = next;
            foreach (var entry in node.Entries)
            {
                onMatch(i - start + 1, entry);
            }
        }
    }

    private static void Freeze(Node node)
    {
        if (node.Building is null)
        {
            return;
        }

        foreach (var child in node.Building.Values)
        {
            Freeze(child);
        }

        node.Children = node.Building.ToFrozenDictionary(StringComparer.Ordinal);
        node.Building = null;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Building { get; set; }

        public FrozenDictionary<string, Node>? Children { get; set; }

        public List<PhraseEntry> Entries { get; } = [];
    }
}
