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

    /// <summary>Appends every phrase starting at <paramref name="start"/> with its length in tokens; allocation-free.</summary>
    public void CollectMatches(IReadOnlyList<string> foldedTokens, int start, List<(int Length, PhraseEntry Entry)> into)
    {
        ArgumentNullException.ThrowIfNull(foldedTokens);
        ArgumentNullException.ThrowIfNull(into);
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
                into.Add((i - start + 1, entry));
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
