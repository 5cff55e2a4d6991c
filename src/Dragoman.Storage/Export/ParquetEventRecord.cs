namespace Dragoman.Storage.Export;

/// <summary>One row of the Parquet export. Year and month are not columns: they are the partition folders.</summary>
public sealed class ParquetEventRecord
{
    public long Id { get; set; }

    public string Doc { get; set; } = "";

    public int Sentence { get; set; }

    public DateOnly? Date { get; set; }

    public string DateSource { get; set; } = "";

    public string? SourceCode { get; set; }

    public string? SourceCountry { get; set; }

    public string? SourceName { get; set; }

    public string? TargetCode { get; set; }

    public string? TargetCountry { get; set; }

    public string? TargetName { get; set; }

    public string Cameo { get; set; } = "";

    public string Root { get; set; } = "";

    public double Goldstein { get; set; }

    public int QuadClass { get; set; }

    public string Plover { get; set; } = "";

    public bool Negated { get; set; }

    public string Mood { get; set; } = "";

    public string? AttributionBy { get; set; }

    public string Trigger { get; set; } = "";

    public string Rule { get; set; } = "";

    public string? Url { get; set; }

    public static ParquetEventRecord From(EventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var e = row.Event;
        return new ParquetEventRecord
        {
            Id = row.Id,
            Doc = row.DocumentId,
            Sentence = e.Sentence,
            Date = row.EffectiveDate,
            DateSource = e.DateSource,
            SourceCode = e.Source?.Code,
            SourceCountry = e.Source?.Country,
            SourceName = e.Source?.Name,
            TargetCode = e.Target?.Code,
            TargetCountry = e.Target?.Country,
            TargetName = e.Target?.Name,
            Cameo = e.Cameo,
            Root = e.Root,
            Goldstein = e.Goldstein,
            QuadClass = e.QuadClass,
            Plover = e.Plover,
            Negated = e.Negated,
            Mood = e.Mood,
            AttributionBy = e.AttributionBy,
            Trigger = e.Trigger,
            Rule = e.Rule,
            Url = row.Url ?? row.DocumentSource,
        };
    }
}
