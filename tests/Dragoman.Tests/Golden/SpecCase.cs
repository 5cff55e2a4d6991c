namespace Dragoman.Tests.Golden;

/// <summary>One case of a golden spec file: text, date, and what the engine must find in it.</summary>
public sealed record SpecCase(string File, int Line, string Id, string Language, DateOnly Date, string Text)
{
    public List<SpecEvent> Events { get; } = [];

    public bool NoEvents { get; set; }

    public List<SpecActor> Actors { get; } = [];

    public List<SpecQuote> Quotes { get; } = [];

    public List<SpecDate> Dates { get; } = [];

    public override string ToString() => $"{Id} ({File}:{Line})";
}
