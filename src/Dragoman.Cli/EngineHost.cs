using Dragoman.Coding;
using Dragoman.Data;
using Dragoman.Engine;

namespace Dragoman.Cli;

/// <summary>Loads the engine from the data folder the user chose (once per command run).</summary>
internal static class EngineHost
{
    public static DragomanEngine Load(string? dataPath, bool oneSided = false) =>
        DragomanEngine.Load(DataDirectory.Locate(dataPath), new EventCoderOptions { KeepOneSided = oneSided });
}
