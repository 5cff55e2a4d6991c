namespace Dragoman.Coding;

/// <summary>Who claims an event ("Washington afferma", "according to Ukrainian sources").</summary>
public sealed record Attribution(string? By, string Text);
