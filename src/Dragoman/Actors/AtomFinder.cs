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

    public List<Atom> Find(Document document, Sentence sentence, IReadOnlyList<string> folded, ISet<Person> seen, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(folded);
        var atoms = new List<Atom>();
        Find(document, sentence, folded, seen, date, atoms, [], []);
        return atoms;
    }

    /// <summary>
    /// Fills <paramref name="atoms"/> (cleared first) with the sentence's atoms. The lists are the
    /// caller's, reused from sentence to sentence of a document so that finding atoms allocates nothing.
    /// </summary>
    internal void Find(
        Document document,
        Sentence sentence,
        IReadOnlyList<string> folded,
        ISet<Person> seen,
        DateOnly date,
        List<Atom> atoms,
        List<(int Length, PhraseEntry Entry)> matches,
        List<GazetteerEntry> shortForms,
        DocumentMemory? memory = null)
    {
        var trie = gazetteer.TrieFor(document.Language);
        var tokens = document.Tokens;
        atoms.Clear();
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            var bestLength = 0;
            GazetteerEntry? best = null;
            matches.Clear();
            shortForms.Clear();
            trie.CollectMatches(folded, i - sentence.TokenStart, matches);
            foreach (var (length, candidate) in matches)
            {
                if (!Accepts(tokens, i, candidate))
                {
                    continue;
                }

                if (candidate.Entry.Kind == EntryKind.PersonShort)
                {
                    if (length > bestLength || (length == bestLength && best?.Kind == EntryKind.PersonShort))
                    {
                        if (length > bestLength)
                        {
                            shortForms.Clear();
                        }

                        shortForms.Add(candidate.Entry);
                        bestLength = length;
                        best = candidate.Entry;
                    }

                    continue;
                }

                if (length > bestLength || (length == bestLength && (best is null || Rank(candidate.Entry) < Rank(best))))
                {
                    bestLength = length;
                    best = candidate.Entry;
                }
            }

            if (best?.Kind == EntryKind.PersonShort)
            {
                best = FollowedByUnknownName(tokens, sentence, i + bestLength) ? null : ResolveShortForm(shortForms, seen, date);
            }

            // "Interior Cabinet Secretary Kipchumba Murkomen … Murkomen's resignation": the surname of an office holder named before.
            if (best is null && tokens[i].IsCapitalized && memory?.HolderNamed(folded[i - sentence.TokenStart]) is { } holder)
            {
                (best, bestLength) = (holder, 1);
            }

            if (best is null)
            {
                i++;
                continue;
            }

            atoms.Add(new Atom(i, i + bestLength, best));
            i += bestLength;
        }
    }

    /// <summary>
    /// "Lin Jian", "Kim Yo-jong": a short name followed by a capitalised word the lexicon does not
    /// know is the first part of someone else's full name, not the known person's short name.
    /// </summary>
    private static bool FollowedByUnknownName(Token[] tokens, Sentence sentence, int next) =>
        next < sentence.TokenEnd && tokens[next].IsWord && tokens[next].IsCapitalized
        && tokens[next].Pos is PartOfSpeech.Unknown or PartOfSpeech.Propn && !tokens[next].Glued;

    /// <summary>
    /// A short name ("Kim") is the person already named in full in this document; failing that,
    /// the only person with that short name who holds an office on the document's date.
    /// </summary>
    private static GazetteerEntry? ResolveShortForm(List<GazetteerEntry> candidates, ISet<Person> seen, DateOnly date)
    {
        var named = candidates.FirstOrDefault(e => seen.Contains(e.Person!));
        if (named is not null)
        {
            return named;
        }

        // Among people holding an office that day, the one in the most prominent office is meant.
        var holders = candidates
            .Select(e => (Entry: e, Rank: e.Person!.Roles.Where(r => r.IsValidOn(date)).Select(r => OfficeRank(r.Title)).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(h => h.Rank < int.MaxValue)
            .DistinctBy(h => h.Entry.Person)
            .OrderBy(h => h.Rank)
            .ToList();
        return holders.Count == 1 || (holders.Count > 1 && holders[0].Rank < holders[1].Rank)
            ? holders[0].Entry with { Source = holders[0].Entry.Source + " (short name: the most prominent office holder with it on the date)" }
            : null;
    }

    private static int OfficeRank(string title) => title switch
    {
        "head_of_state" => 0,
        "head_of_government" => 1,
        _ => 2,
    };

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
        EntryKind.Pair or EntryKind.Trio => 8,
        _ => 9,
    };
}
