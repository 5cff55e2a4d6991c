using Dragoman.Errors;

namespace Dragoman.Data;

/// <summary>The folder holding Dragoman's data files (cameo/, languages/, actors/, patterns/...).</summary>
public sealed class DataDirectory
{
    public const string EnvironmentVariable = "DRAGOMAN_DATA";

    public DataDirectory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!Directory.Exists(root))
        {
            throw new DataFormatException(ErrorCatalogue.MissingDataDirectory(root));
        }

        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>Finds the data folder: an explicit path, then DRAGOMAN_DATA, then data/ beside the program.</summary>
    public static DataDirectory Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return new DataDirectory(explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new DataDirectory(fromEnvironment);
        }

        return new DataDirectory(Path.Combine(AppContext.BaseDirectory, "data"));
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    /// <summary>Files directly inside a sub-folder matching a pattern, in ordinal order for reproducible rule numbering.</summary>
    public IReadOnlyList<string> FilesIn(string relativeFolder, string pattern)
    {
        var folder = PathOf(relativeFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.GetFiles(folder, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(f => Path.GetRelativePath(Root, f)).ToArray();
    }
}
