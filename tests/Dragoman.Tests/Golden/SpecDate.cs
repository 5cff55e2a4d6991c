namespace Dragoman.Tests.Golden;

/// <summary>
/// A date case: the event of <paramref name="Root"/> happened on <paramref name="Date"/>. <paramref name="Verb"/>,
/// the event's trigger word as written (a verb or a noun), lets its date be checked when the coder produced no event of the root.
/// </summary>
public sealed record SpecDate(string Root, DateOnly Date, string? Verb);
