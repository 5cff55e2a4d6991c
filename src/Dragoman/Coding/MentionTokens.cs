using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>Which tokens of a sentence belong to actor mentions: a name is never a verb, and a verb often follows one.</summary>
public sealed class MentionTokens
{
    private readonly int offset;
    private readonly byte[] marks;

    public MentionTokens(IReadOnlyList<ActorMention> mentions, ReadOnlySpan<Documents.Token> tokens, int sentenceStart, int sentenceEnd)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        offset = sentenceStart;
        marks = new byte[sentenceEnd - sentenceStart + 1];
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            marks[mention.TokenEnd - offset] |= mention.Kind == MentionKind.Demonym ? (byte)(EndFlag | DemonymEndFlag) : EndFlag;
            if (mention.TokenStart > sentenceStart && tokens[mention.TokenStart - 1].Pos == Documents.PartOfSpeech.Adp)
            {
                marks[mention.TokenEnd - offset] |= PrepositionalEndFlag;
            }

            for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
            {
                marks[t - offset] |= InsideFlag;
            }
        }
    }

    private const byte EndFlag = 1;
    private const byte InsideFlag = 2;
    private const byte PrepositionalEndFlag = 4;
    private const byte DemonymEndFlag = 8;

    /// <summary>True when a demonym standing alone as a mention ("Japanese", "the Chinese") ends right before token <paramref name="token"/>.</summary>
    public bool DemonymEndsAt(int token) => (Mark(token) & DemonymEndFlag) != 0;

    /// <summary>True when a mention ends right before token <paramref name="token"/>.</summary>
    public bool EndsAt(int token) => (Mark(token) & EndFlag) != 0;

    /// <summary>True when a mention inside a prepositional phrase ("all'Ucraina") ends right before token <paramref name="token"/>.</summary>
    public bool PrepositionalEndsAt(int token) => (Mark(token) & PrepositionalEndFlag) != 0;

    public bool Inside(int token) => (Mark(token) & InsideFlag) != 0;

    private byte Mark(int token)
    {
        var at = token - offset;
        return at >= 0 && at < marks.Length ? marks[at] : (byte)0;
    }
}
