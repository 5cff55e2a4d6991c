using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dragoman.Errors;

namespace Dragoman.Storage;

/// <summary>
/// Applies the numbered scripts under <c>Migrations/&lt;dialect&gt;/</c> (embedded resources) that
/// <c>schema_version</c> does not list yet, each in its own transaction with its version row.
/// </summary>
internal static class MigrationRunner
{
    public static int Run(DbConnection connection, string dialect, Action<DbTransaction> lockSchema)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = 0;
        foreach (var migration in Load(dialect))
        {
            using var transaction = connection.BeginTransaction();
            lockSchema(transaction);
            current = CurrentVersion(connection, transaction);
            if (migration.Number > current)
            {
                Execute(connection, transaction, migration.Script);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";
                SqlParameters.Add(record, "version", migration.Number);
                SqlParameters.Add(record, "name", migration.Name);
                SqlParameters.Add(record, "at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
                current = migration.Number;
            }

            transaction.Commit();
        }

        return current;
    }

    public static IReadOnlyList<Migration> Load(string dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"Dragoman.Storage.Migrations.{dialect}/";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..]))
            .OrderBy(m => m.Number)];
    }

    private static Migration Read(Assembly assembly, string resource, string name)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new DragomanException(ErrorCatalogue.BadMigrationName(name));
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(number, name, reader.ReadToEnd());
    }

    private static int CurrentVersion(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
