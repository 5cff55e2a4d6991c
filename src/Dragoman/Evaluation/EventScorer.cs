namespace Dragoman.Evaluation;

/// <summary>
/// Document-level scoring of (source, target, root) triples, exactly as shared/tools/score-events:
/// optional gold events are neither required nor penalised; negated and hypothetical events are
/// not counted by the caller.
/// </summary>
public static class EventScorer
{
    public static DocumentScore Score(GoldDocument gold, IReadOnlySet<PredictedTriple> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var hit = new bool[gold.Events.Count];
        var falsePositives = new List<PredictedTriple>();
        foreach (var p in predicted)
        {
            var matched = false;
            for (var i = 0; i < gold.Events.Count; i++)
            {
                if (gold.Events[i].Matches(p.Source, p.Target, p.Root))
                {
                    hit[i] = true;
                    matched = true;
                }
            }

            if (!matched && !gold.Optional.Any(o => o.Matches(p.Source, p.Target, p.Root)))
            {
                falsePositives.Add(p);
            }
        }

        var misses = gold.Events.Where((_, i) => !hit[i]).ToList();
        var tp = hit.Count(h => h);
        return new DocumentScore(gold.Id, gold.Language, new ScoreCounts(tp, falsePositives.Count, misses.Count), falsePositives, misses);
    }

    /// <summary>Totals per language and overall ("all").</summary>
    public static SortedDictionary<string, ScoreCounts> Totals(IEnumerable<DocumentScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var totals = new SortedDictionary<string, ScoreCounts>(StringComparer.Ordinal);
        foreach (var s in scores)
        {
            foreach (var key in new[] { s.Language, "all" })
            {
                totals[key] = totals.TryGetValue(key, out var c) ? c.Add(s.Counts) : s.Counts;
            }
        }

        return totals;
    }
}
