using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>Finds gazetteer phrases in a sentence; overlapping matches are resolved longest-first, left to right.</summary>
public sealed class AtomFinder
{
    private readonly ActorGazetteer gazetteer;

    public AtomFinder(ActorGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
    }

    public List<Atom> Find(Document document, Sentence sentence, IReadOnlyList<string> folded)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(folded);
        var trie = gazetteer.TrieFor(document.Language);
        var tokens = document.Tokens;
        var atoms = new List<Atom>();
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            var bestLength = 0;
            GazetteerEntry? best = null;
            var start = i;
            trie.Walk(folded, i - sentence.TokenStart, (length, candidate) =>
            {
                if (length >= bestLength && Accepts(tokens, start, candidate) && (length > bestLength || best is null || Rank(candidate.Entry) < Rank(best)))
                {
                    bestLength = length;
                    best = candidate.Entry;
                }
            });
            if (best is null)
            {
                i++;
                continue;
            }

            atoms.Add(new Atom(i, i + bestLength, best));
            i += bestLength;
        }

        return atoms;
    }

    private static bool Accepts(Token[] tokens, int start, PhraseEntry candidate)
    {
        var entry = candidate.Entry;
        if (entry.CaseSensitive)
        {
            for (var k = 0; k < candidate.ExactTokens.Count; k++)
            {
                if (!string.Equals(tokens[start + k].Text, candidate.ExactTokens[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        return !entry.NeedsCapital || char.IsUpper(tokens[start].Text[0]);
    }

    /// <summary>When two entries cover the same words, prefer proper names over sector nouns.</summary>
    private static int Rank(GazetteerEntry entry) => entry.Kind switch
    {
        EntryKind.Person => 0,
        EntryKind.CountryName => 1,
        EntryKind.Organisation => 2,
        EntryKind.Group => 3,
        EntryKind.Seat => 4,
        EntryKind.Capital => 5,
        EntryKind.Demonym => 6,
        EntryKind.PersonShort => 7,
        EntryKind.Pair => 8,
        _ => 9,
    };
}
