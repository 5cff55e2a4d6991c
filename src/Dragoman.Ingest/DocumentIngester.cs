using Dragoman.Engine;
using Dragoman.Errors;
using Dragoman.Sources;
using Dragoman.Storage;

namespace Dragoman.Ingest;

/// <summary>
/// Codes documents and stores them, one transaction per document: a document whose text is
/// already stored is skipped before coding; a changed document replaces its old records; an input
/// that cannot be read or coded is recorded in <c>document_errors</c> and the batch goes on.
/// </summary>
public sealed class DocumentIngester
{
    private readonly DragomanEngine engine;
    private readonly IEventStore store;
    private readonly StoredDocumentBuilder builder;

    public DocumentIngester(DragomanEngine engine, IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        this.engine = engine;
        this.store = store;
        builder = new StoredDocumentBuilder(engine.Codebook);
    }

    /// <param name="onItem">Called after each input item, with the report so far (for a progress display).</param>
    public IngestReport Ingest(IEnumerable<SourceResult> items, string inputs, Action<IngestReport>? onItem = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var report = new IngestReport { RunId = store.BeginRun(inputs) };
        foreach (var item in items)
        {
            IngestOne(item, report);
            onItem?.Invoke(report);
        }

        store.FinishRun(report.RunId, new IngestTotals(report.Documents, report.Events, report.Skipped, report.Failures.Count));
        return report;
    }

    private void IngestOne(SourceResult item, IngestReport report)
    {
        if (item.Document is not { } document)
        {
            Fail(report, item.Input, item.Error ?? item.Input);
            return;
        }

        if (store.ContainsHash(ContentHash.Of(document.Text)))
        {
            report.Skipped++;
            return;
        }

        StoredDocument stored;
        try
        {
            stored = builder.From(engine.Process(document));
        }
        catch (DragomanException e)
        {
            // Coding errors name the document id; the input (file, line, feed item) is what the user can find.
            Fail(report, item.Input, e.Message.StartsWith(item.Input, StringComparison.Ordinal) ? e.Message : $"{item.Input}: {e.Message}");
            return;
        }

        switch (store.Save(stored, report.RunId))
        {
            case SaveOutcome.Inserted:
                report.Inserted++;
                report.Events += stored.Events.Count;
                break;
            case SaveOutcome.Replaced:
                report.Replaced++;
                report.Events += stored.Events.Count;
                break;
            default:
                report.Skipped++;
                break;
        }
    }

    private void Fail(IngestReport report, string input, string message)
    {
        report.Fail(input, message);
        store.RecordError(report.RunId, input, message);
    }
}
