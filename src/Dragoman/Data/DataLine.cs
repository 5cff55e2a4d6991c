namespace Dragoman.Data;

/// <summary>One meaningful line of a data file: where it is and its tab-separated fields.</summary>
public sealed record DataLine(string File, int Number, string Text, IReadOnlyList<string> Fields)
{
    public string Location => $"{File}:{Number}";

    /// <summary>Splits a field on " | " (the list separator of every data file), trimming each item.</summary>
    public static IReadOnlyList<string> SplitList(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
