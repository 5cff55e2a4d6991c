using Dragoman.Data;
using Dragoman.Engine;

namespace Dragoman.Tests.Infrastructure;

/// <summary>One engine per test run: loading all data takes a moment, and the engine is immutable.</summary>
public sealed class EngineFixture
{
    private static readonly Lazy<DragomanEngine> Shared = new(() => DragomanEngine.Load(DataDirectory.Locate()));

    public DragomanEngine Engine => Shared.Value;
}
