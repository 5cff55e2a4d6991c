using System.Text;
using Dragoman.Errors;

namespace Dragoman.Data;

/// <summary>
/// Reads the plain-text data formats: UTF-8, one record a line, <c>#</c> starts a comment line,
/// blank lines are skipped, fields are separated by tabs.
/// </summary>
public sealed class DataFileReader
{
    private readonly DataDirectory directory;

    public DataFileReader(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        this.directory = directory;
    }

    public IEnumerable<DataLine> Read(string relativePath, int minFields = 1, int maxFields = int.MaxValue)
    {
        var full = directory.PathOf(relativePath);
        if (!File.Exists(full))
        {
            throw new DataFormatException(ErrorCatalogue.MissingDataFile(Path.Combine("data", relativePath)));
        }

        var display = Path.Combine("data", relativePath).Replace('\\', '/');
        return ReadLines(full, display, minFields, maxFields);
    }

    public IEnumerable<DataLine> ReadIfExists(string relativePath, int minFields = 1, int maxFields = int.MaxValue) =>
        directory.Exists(relativePath) ? Read(relativePath, minFields, maxFields) : [];

    private static IEnumerable<DataLine> ReadLines(string full, string display, int minFields, int maxFields)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(full, Encoding.UTF8))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t').Select(f => f.Trim()).ToArray();
            if (fields.Length < minFields || fields.Length > maxFields)
            {
                var expected = minFields == maxFields ? $"{minFields}" : $"{minFields} to {maxFields}";
                throw new DataFormatException(display, number, $"expected {expected} tab-separated fields, found {fields.Length}");
            }

            yield return new DataLine(display, number, line, fields);
        }
    }
}
