using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>Which tokens of a sentence belong to actor mentions: a name is never a verb, and a verb often follows one.</summary>
public sealed class MentionTokens
{
    private readonly HashSet<int> ends = [];
    private readonly HashSet<int> inside = [];

    public MentionTokens(IEnumerable<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var mention in mentions)
        {
            ends.Add(mention.TokenEnd);
            for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
            {
                inside.Add(t);
            }
        }
    }

    /// <summary>True when a mention ends right before token <paramref name="token"/>.</summary>
    public bool EndsAt(int token) => ends.Contains(token);

    public bool Inside(int token) => inside.Contains(token);
}
