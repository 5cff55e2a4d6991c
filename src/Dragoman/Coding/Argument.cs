using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>An actor mention with its role in the sentence and the base preposition before it, if any.</summary>
public sealed record Argument(ActorMention Mention, ArgumentRole Role, string? Preposition)
{
    /// <summary>For a mention inside a noun phrase ("contro decine di obiettivi degli Houthi"), the preposition opening that phrase.</summary>
    public string? Governor { get; init; }

    public int TokenStart => Mention.TokenStart;

    public int TokenEnd => Mention.TokenEnd;
}
