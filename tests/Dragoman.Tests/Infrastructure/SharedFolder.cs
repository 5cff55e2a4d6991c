namespace Dragoman.Tests.Infrastructure;

/// <summary>Finds ../shared (the founding article and gold data, which are not ours and never copied).</summary>
public static class SharedFolder
{
    public static string? Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "samples");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(directory.FullName, "shared");
            }

            directory = directory.Parent;
        }

        return null;
    }

    public static string? File(string relative) => Find() is { } root && System.IO.File.Exists(Path.Combine(root, relative)) ? Path.Combine(root, relative) : null;

    public const string Missing = "SKIPPED: ../shared is not present (the founding article and gold-dev.jsonl live there); nothing to check.";
}
