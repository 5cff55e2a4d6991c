namespace Dragoman.Storage;

/// <summary>An actor mention: its span, resolved actor, kind, group members (space-separated codes) and reason.</summary>
public sealed record StoredMention(int Sentence, int Start, int End, string Text, string Code, string? Country, string Name, string Kind, string? Members, string Reason);
