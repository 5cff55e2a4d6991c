namespace Dragoman.Storage;

/// <summary>What <see cref="IEventStore.Save"/> did with a document.</summary>
public enum SaveOutcome
{
    /// <summary>A new document id.</summary>
    Inserted,

    /// <summary>The id was stored with another text: its old records were replaced.</summary>
    Replaced,

    /// <summary>A document with the same content hash is already stored.</summary>
    Unchanged,
}
