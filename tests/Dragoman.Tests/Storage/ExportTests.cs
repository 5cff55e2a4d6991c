using System.Globalization;
using DuckDB.NET.Data;
using Dragoman.Storage;
using Dragoman.Storage.Export;

namespace Dragoman.Tests.Storage;

public sealed class ExportTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteEventStore store;

    public ExportTests()
    {
        store = SqliteEventStore.Open(folder.File("store.db"));
        store.Save(StoreSamples.Pact(), null);
        store.Save(StoreSamples.Strike(), null);
    }

    [Fact]
    public void Should_ListGdeltCodebookColumns_When_ColumnsAreCounted()
    {
        Assert.Equal(61, GdeltColumns.Names.Count);
        Assert.Equal(61, GdeltColumns.Names.Distinct().Count());
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"], GdeltColumns.Names.Take(6));
        Assert.Equal("IsRootEvent", GdeltColumns.Names[25]);
        Assert.Equal("GoldsteinScale", GdeltColumns.Names[30]);
        Assert.Equal("ActionGeo_FeatureID", GdeltColumns.Names[58]);
        Assert.Equal(["DATEADDED", "SOURCEURL"], GdeltColumns.Names.Skip(59));
    }

    [Fact]
    public void Should_Write61TabSeparatedColumns_When_ExportingGdelt()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Equal(4, new GdeltEventWriter(text).Write(store.Events(EventFilter.All)));
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        var first = Column(lines[0]);
        Assert.Equal("20240619", first("SQLDATE"));
        Assert.Equal("202406", first("MonthYear"));
        Assert.Equal("2024", first("Year"));
        Assert.Equal("2024.4685", first("FractionDate")); // day 171 / 365, as GDELT computes it
        Assert.Equal(("RUSGOV", "VLADIMIR PUTIN", "RUS", "GOV"), (first("Actor1Code"), first("Actor1Name"), first("Actor1CountryCode"), first("Actor1Type1Code")));
        Assert.Equal(("PRKGOV", "PRK"), (first("Actor2Code"), first("Actor2CountryCode")));
        Assert.Equal(("057", "057", "05", "1", "8.0"), (first("EventCode"), first("EventBaseCode"), first("EventRootCode"), first("QuadClass"), first("GoldsteinScale")));
        Assert.Equal(("1", "", ""), (first("IsRootEvent"), first("AvgTone"), first("ActionGeo_Lat")));
        Assert.Equal(14, first("DATEADDED").Length);
        Assert.Equal("https://example.org/pact", first("SOURCEURL"));
        var appeal = Column(lines[3]);
        Assert.Equal(("0233", "023", "02", "0", "20240702"), (appeal("EventCode"), appeal("EventBaseCode"), appeal("EventRootCode"), appeal("IsRootEvent"), appeal("SQLDATE")));
    }

    [Fact]
    public async Task Should_ReadBackWithDuckDb_When_ExportingParquet()
    {
        var output = folder.File("parquet");
        Directory.CreateDirectory(Path.Combine(output, "year=1999", "month=01"));
        Assert.Equal(4, await ParquetEventExporter.ExportAsync(store.Events(EventFilter.All), output));
        Assert.False(Directory.Exists(Path.Combine(output, "year=1999")));
        Assert.True(File.Exists(Path.Combine(output, "year=2024", "month=06", ParquetEventExporter.FileName)));
        Assert.True(File.Exists(Path.Combine(output, "year=2024", "month=07", ParquetEventExporter.FileName)));

        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        var source = $"read_parquet('{output.Replace("'", "''", StringComparison.Ordinal)}/**/*.parquet', hive_partitioning = true)";
        Assert.Equal(4L, Scalar(duck, $"SELECT count(*) FROM {source}"));
        Assert.Equal(2L, Scalar(duck, $"SELECT count(*) FROM {source} WHERE year = 2024 AND month = 7"));
        Assert.Equal(8.0, Convert.ToDouble(Scalar(duck, $"SELECT sum(Goldstein) FROM {source} WHERE SourceCountry = 'RUS' AND TargetCountry = 'PRK'"), CultureInfo.InvariantCulture));
        Assert.Equal(-10.0, Convert.ToDouble(Scalar(duck, $"SELECT sum(Goldstein) FROM {source} WHERE SourceCode = 'RUSGOV' AND TargetCode = 'UKR' AND Negated"), CultureInfo.InvariantCulture));
        Assert.Equal("2024-06-19", Scalar(duck, $"SELECT CAST(min(Date) AS VARCHAR) FROM {source}"));
    }

    [Fact]
    public void Should_QuoteFields_When_ExportingCsv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new CsvEventWriter(text).Write(store.Events(new EventFilter { Root = "19" }));
        var lines = text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("id,doc,sentence,date,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"evidence «è» \"\"quoted\"\", with comma\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_WriteEventRecords_When_ExportingJsonLines()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new JsonlEventWriter(text).Write(store.Events(new EventFilter { Root = "19" }));
        using var json = System.Text.Json.JsonDocument.Parse(text.ToString());
        var root = json.RootElement;
        Assert.Equal(("event", "strike", "190", true), (root.GetProperty("kind").GetString(), root.GetProperty("doc").GetString(), root.GetProperty("cameo").GetString(), root.GetProperty("negated").GetBoolean()));
        Assert.Equal("USA", root.GetProperty("attribution").GetProperty("by").GetString());
        Assert.Equal("RUS", root.GetProperty("source").GetProperty("country").GetString());
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    private static Func<string, string> Column(string line)
    {
        var fields = line.Split('\t');
        return name => fields[GdeltColumns.Names.ToList().IndexOf(name)];
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
