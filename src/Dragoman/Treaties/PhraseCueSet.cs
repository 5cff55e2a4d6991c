using System.Collections.Frozen;
using Dragoman.Documents;

namespace Dragoman.Treaties;

/// <summary>Cue phrases indexed by their first word; finds the longest cue of each kind at each position.</summary>
public sealed class PhraseCueSet
{
    private readonly FrozenDictionary<string, TreatyCue[]> byFirstWord;

    public PhraseCueSet(IEnumerable<TreatyCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        byFirstWord = cues
            .Where(c => c.Words.Count > 0)
            .GroupBy(c => c.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Words.Count).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>All hits over the words; at a position, only the longest cue of each kind is kept.</summary>
    public IReadOnlyList<CueHit> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var hits = new List<CueHit>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            // Kinds already matched at this position, one bit per kind.
            var seen = 0L;
            foreach (var cue in candidates)
            {
                var bit = 1L << (int)cue.Kind;
                if ((seen & bit) == 0 && Matches(words, i, cue.Words))
                {
                    seen |= bit;
                    hits.Add(new CueHit(cue, i, i + cue.Words.Count));
                }
            }
        }

        return hits;
    }

    /// <summary>
    /// True when some cue starts at token <paramref name="start"/> and ends before <paramref name="end"/>,
    /// the tokens in <paramref name="skipped"/> left out as <see cref="SentenceWords"/> leaves them out.
    /// </summary>
    public bool AnyAt(ReadOnlySpan<Token> tokens, int start, int end, FrozenSet<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        if (!byFirstWord.TryGetValue(tokens[start].Lower, out var candidates) || skipped.Contains(tokens[start].Lower))
        {
            return false;
        }

        foreach (var cue in candidates)
        {
            if (MatchesTokens(tokens, start, end, skipped, cue.Words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesTokens(ReadOnlySpan<Token> tokens, int start, int end, FrozenSet<string> skipped, IReadOnlyList<string> phrase)
    {
        var t = start;
        for (var k = 1; k < phrase.Count; k++)
        {
            do
            {
                t++;
            }
            while (t < end && skipped.Contains(tokens[t].Lower));

            if (t >= end || !string.Equals(tokens[t].Lower, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, IReadOnlyList<string> phrase)
    {
        if (start + phrase.Count > words.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Count; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
