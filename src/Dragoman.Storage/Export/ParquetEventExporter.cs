using System.Globalization;
using Parquet.Serialization;

namespace Dragoman.Storage.Export;

/// <summary>
/// Writes events as Hive-partitioned Parquet: <c>OUT/year=2024/month=06/events.parquet</c>, which
/// DuckDB, Spark or Trino read as they are. Undated events go to <c>year=0/month=00</c>;
/// partitions of an earlier export into the same folder are replaced.
/// </summary>
public static class ParquetEventExporter
{
    public const string FileName = "events.parquet";

    public static async Task<int> ExportAsync(IEnumerable<EventRow> rows, string directory, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        // A re-export replaces the partitions of an earlier one instead of mixing with them.
        if (Directory.Exists(directory))
        {
            foreach (var old in Directory.EnumerateDirectories(directory, "year=*"))
            {
                Directory.Delete(old, recursive: true);
            }
        }

        var partitions = new SortedDictionary<(int Year, int Month), List<ParquetEventRecord>>();
        foreach (var row in rows)
        {
            var date = row.EffectiveDate;
            var key = (date?.Year ?? 0, date?.Month ?? 0);
            if (!partitions.TryGetValue(key, out var list))
            {
                partitions[key] = list = [];
            }

            list.Add(ParquetEventRecord.From(row));
        }

        var count = 0;
        foreach (var ((year, month), records) in partitions)
        {
            var folder = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"year={year}"), string.Create(CultureInfo.InvariantCulture, $"month={month:00}"));
            Directory.CreateDirectory(folder);
            await ParquetSerializer.SerializeAsync(records, Path.Combine(folder, FileName), cancellationToken: cancellation).ConfigureAwait(false);
            count += records.Count;
        }

        return count;
    }
}
