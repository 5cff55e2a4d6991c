namespace Dragoman.Evaluation;

/// <summary>One gold document: its text and the events an analyst coded in it.</summary>
public sealed record GoldDocument(string Id, string Language, DateOnly? Date, string Text, IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldEvent> Optional);
