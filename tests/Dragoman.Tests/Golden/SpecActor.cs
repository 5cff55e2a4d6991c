namespace Dragoman.Tests.Golden;

/// <summary><c>- mention text = CODE (Person Name)</c>; a code like RUS+PRK names a pair.</summary>
public sealed record SpecActor(string Text, string Code, string? Name);
