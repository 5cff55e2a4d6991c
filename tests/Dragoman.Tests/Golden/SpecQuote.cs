namespace Dragoman.Tests.Golden;

/// <summary><c>- SPEAKER direct|indirect: "phrase" (Name)</c></summary>
public sealed record SpecQuote(string Speaker, bool Direct, string Contains, string? Name);
