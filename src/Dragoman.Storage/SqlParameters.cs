using System.Data.Common;
using System.Globalization;

namespace Dragoman.Storage;

/// <summary>Binds values to named parameters (<c>@name</c>) the same way for SQLite and PostgreSQL.</summary>
internal static class SqlParameters
{
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateOnly date => Date(date),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }

    /// <summary>Dates are stored as ISO text in both stores, so they sort and compare alike.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? ReadString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
