using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>A document's mentions cut into one read-only slice per sentence (mentions come in sentence order).</summary>
public sealed class MentionSlices
{
    private readonly ActorMention[] mentions;
    private readonly Dictionary<int, (int Start, int Count)> ranges = [];

    public MentionSlices(IReadOnlyList<ActorMention> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        mentions = all.OrderBy(m => m.Sentence).ThenBy(m => m.TokenStart).ToArray();
        for (var i = 0; i < mentions.Length; i++)
        {
            var sentence = mentions[i].Sentence;
            ranges[sentence] = ranges.TryGetValue(sentence, out var range) ? (range.Start, range.Count + 1) : (i, 1);
        }
    }

    public IReadOnlyList<ActorMention> Of(int sentence) =>
        ranges.TryGetValue(sentence, out var range) ? new ArraySegment<ActorMention>(mentions, range.Start, range.Count) : Array.Empty<ActorMention>();
}
