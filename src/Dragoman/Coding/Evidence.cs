namespace Dragoman.Coding;

/// <summary>Where an event came from: its span in the original text, the trigger and the rule's file:line.</summary>
public sealed record Evidence(int Start, int End, string Trigger, string Rule);
