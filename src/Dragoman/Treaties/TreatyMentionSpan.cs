namespace Dragoman.Treaties;

/// <summary>Where a document names a treaty: sentence and original-text offsets.</summary>
public sealed record TreatyMentionSpan(int Sentence, int Start, int End, string Text);
