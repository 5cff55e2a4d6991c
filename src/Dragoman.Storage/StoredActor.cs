namespace Dragoman.Storage;

/// <summary>An event's source or target: code, country (null for organisations), name and the text that named it.</summary>
public sealed record StoredActor(string Code, string? Country, string Name, string? Text);
