using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>A document's mentions cut into one read-only slice per sentence (mentions come in sentence order).</summary>
public sealed class MentionSlices
{
    private readonly IReadOnlyList<ActorMention>[] bySentence;

    public MentionSlices(IReadOnlyList<ActorMention> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        // The matcher emits mentions in order; sorting is only needed for lists built some other way.
        var mentions = InOrder(all) ? all as ActorMention[] ?? [.. all] : [.. all.OrderBy(m => m.Sentence).ThenBy(m => m.TokenStart)];
        var sentences = mentions.Length == 0 ? 0 : mentions[^1].Sentence + 1;
        bySentence = new IReadOnlyList<ActorMention>[sentences];
        for (var start = 0; start < mentions.Length;)
        {
            var end = start + 1;
            while (end < mentions.Length && mentions[end].Sentence == mentions[start].Sentence)
            {
                end++;
            }

            // One slice object per sentence, made once: handing out a new segment per call boxed it each time.
            bySentence[mentions[start].Sentence] = new ArraySegment<ActorMention>(mentions, start, end - start);
            start = end;
        }
    }

    public IReadOnlyList<ActorMention> Of(int sentence) =>
        sentence >= 0 && sentence < bySentence.Length && bySentence[sentence] is { } slice ? slice : [];

    private static bool InOrder(IReadOnlyList<ActorMention> all)
    {
        for (var i = 1; i < all.Count; i++)
        {
            if (all[i].Sentence < all[i - 1].Sentence || (all[i].Sentence == all[i - 1].Sentence && all[i].TokenStart < all[i - 1].TokenStart))
            {
                return false;
            }
        }

        return true;
    }
}
