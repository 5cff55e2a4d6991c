using Dragoman.Coding;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Engine;

namespace Dragoman.Tests.Infrastructure;

/// <summary>One engine per test run: loading all data takes a moment, and the engine is immutable.</summary>
public sealed class EngineFixture
{
    private static readonly Lazy<DragomanEngine> Shared = new(() => DragomanEngine.Load(DataDirectory.Locate()));

    private static readonly Lazy<DragomanEngine> SharedOneSided = new(() => Shared.Value.With(new EventCoderOptions { KeepOneSided = true }));

    public DragomanEngine Engine => Shared.Value;

    /// <summary>The same engine writing out events whose doer is not named (<c>--one-sided</c>).</summary>
    public DragomanEngine OneSidedEngine => SharedOneSided.Value;

    /// <summary>The asserted, not negated events the engine codes from <paramref name="text"/>.</summary>
    public IReadOnlyList<CodedEvent> AssertedEvents(string language, DateOnly date, string text) =>
        Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = date })).Events
            .Where(e => !e.Negated && e.Mood == EventMood.Asserted).ToList();
}
