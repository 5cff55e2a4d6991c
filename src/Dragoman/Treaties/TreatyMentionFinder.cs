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
        foreach (var hit in words.Hits.Where(h => h.Cue.Kind is CueKind.Head or CueKind.Alias).OrderBy(h => h.WordStart).ThenByDescending(h => h.WordEnd - h.WordStart))
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
            if (words.Hits.Where(h => h.Cue.Kind == CueKind.Qualifier && h.WordStart == end).OrderByDescending(h => h.WordEnd).FirstOrDefault() is { Cue: not null } q)
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
            IsNew = words.Hits.Any(h => h.Cue.Kind == CueKind.New && h.WordEnd <= head.WordStart && h.WordEnd >= head.WordStart - NewWindow),
            IsDistal = words.Hits.Any(h => h.Cue.Kind == CueKind.Distal && h.WordEnd == head.WordStart),
            After = end,
        };
    }

    private static CueHit? HitAt(SentenceWords words, CueKind kind, int position)
    {
        foreach (var h in words.Hits)
        {
            if (h.Cue.Kind == kind && h.WordStart == position)
            {
                return h;
            }
        }

        return null;
    }
}
