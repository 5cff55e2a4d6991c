namespace Dragoman.Treaties;

/// <summary>
/// Finds treaty mentions in a sentence: a head noun ("accordo", "treaty") or a knowledge-base alias,
/// with the qualifiers and year around it ("il trattato di amicizia del 1961", "the 2000 treaty").
/// </summary>
internal static class TreatyMentionFinder
{
    private const int YearWindowAfter = 6;
    private const int YearWindowBefore = 3;
    private const int NewWindow = 3;

    public static IReadOnlyList<TreatyMention> Find(SentenceWords words)
    {
        var mentions = new List<TreatyMention>();
        var lastEnd = -1;
        foreach (var hit in HeadsInOrder(words.Hits))
        {
            // A head inside the phrase of the previous one ("accordo di partenariato") is the same mention.
            if (hit.WordStart < lastEnd + 3 && lastEnd >= 0 && OnlyLinkWordsBetween(words, lastEnd, hit.WordStart))
            {
                continue;
            }

            mentions.Add(Describe(words, hit));
            lastEnd = mentions[^1].After;
        }

        return mentions;
    }

    private static bool OnlyLinkWordsBetween(SentenceWords words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (words.IsPunctuation(w))
            {
                return false;
            }
        }

        return true;
    }

    private static TreatyMention Describe(SentenceWords words, CueHit head)
    {
        var end = head.WordEnd;
        ProvisionType? qualifier = null;
        int? year = null;

        // Walk forward over qualifiers and a "del 1961" until punctuation or another word.
        var moved = true;
        while (moved && end < words.Count)
        {
            moved = false;
            if (LongestAt(words.Hits, CueKind.Qualifier, end) is { } q)
            {
                qualifier ??= q.Cue.Value is "-" or null ? null : Enum.Parse<ProvisionType>(q.Cue.Value, ignoreCase: true);
                end = q.WordEnd;
                moved = true;
            }
            else if (HitAt(words, CueKind.YearPreposition, end) is { } prep && prep.WordEnd < words.Count && SentenceWords.Year(words.Lower[prep.WordEnd]) is { } y)
            {
                year ??= y;
                end = prep.WordEnd + 1;
                moved = true;
            }
            else if (SentenceWords.Year(words.Lower[end]) is { } bare && end - head.WordEnd <= YearWindowAfter)
            {
                year ??= bare;
                end++;
                moved = true;
            }
        }

        for (var w = head.WordStart - 1; year is null && w >= Math.Max(0, head.WordStart - YearWindowBefore) && !words.IsPunctuation(w); w--)
        {
            year = SentenceWords.Year(words.Lower[w]);
        }

        return new TreatyMention(words.Sentence.Index, head.WordStart, end)
        {
            Year = year,
            QualifierType = qualifier,
            KnowledgeBaseId = head.Cue.Kind == CueKind.Alias ? head.Cue.Value : null,
            IsNew = AnyEnding(words.Hits, CueKind.New, head.WordStart - NewWindow, head.WordStart),
            IsDistal = AnyEnding(words.Hits, CueKind.Distal, head.WordStart, head.WordStart),
            After = end,
        };
    }

    /// <summary>True when a hit of <paramref name="kind"/> ends between <paramref name="from"/> and <paramref name="to"/> (indexed: this runs per mention).</summary>
    private static bool AnyEnding(IReadOnlyList<CueHit> hits, CueKind kind, int from, int to)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Cue.Kind == kind && hits[i].WordEnd >= from && hits[i].WordEnd <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Head and alias hits by position, the longer first at one position, otherwise in the order found.</summary>
    private static List<CueHit> HeadsInOrder(IReadOnlyList<CueHit> hits)
    {
        var heads = new List<CueHit>();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Cue.Kind is not (CueKind.Head or CueKind.Alias))
            {
                continue;
            }

            // Insertion keeps equal keys in the order found, as a stable sort would.
            var at = heads.Count;
            while (at > 0 && Before(hit, heads[at - 1]))
            {
                at--;
            }

            heads.Insert(at, hit);
        }

        return heads;
    }

    private static bool Before(CueHit a, CueHit b) =>
        a.WordStart < b.WordStart || (a.WordStart == b.WordStart && a.WordEnd - a.WordStart > b.WordEnd - b.WordStart);

    /// <summary>The longest hit of <paramref name="kind"/> at <paramref name="position"/> (the first found among equals), or null.</summary>
    private static CueHit? LongestAt(IReadOnlyList<CueHit> hits, CueKind kind, int position)
    {
        CueHit? best = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (h.Cue.Kind == kind && h.WordStart == position && (best is not { } b || h.WordEnd > b.WordEnd))
            {
                best = h;
            }
        }

        return best;
    }

    private static CueHit? HitAt(SentenceWords words, CueKind kind, int position)
    {
        for (var i = 0; i < words.Hits.Count; i++)
        {
            var h = words.Hits[i];
            if (h.Cue.Kind == kind && h.WordStart == position)
            {
                return h;
            }
        }

        return null;
    }
}
