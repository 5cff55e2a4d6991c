namespace Dragoman.Documents;

/// <summary>What a stage can add to a <see cref="Document"/>; stages declare the layers they need and add.</summary>
[Flags]
public enum DocumentLayers
{
    None = 0,
    Normalized = 1 << 0,
    Language = 1 << 1,
    Sentences = 1 << 2,
    Tokens = 1 << 3,
    Lemmas = 1 << 4,
    Mentions = 1 << 5,
    Coreference = 1 << 6,
    Dates = 1 << 7,
    Quantities = 1 << 8,
    Events = 1 << 9,
    Quotes = 1 << 10,
    Treaties = 1 << 11,
}
