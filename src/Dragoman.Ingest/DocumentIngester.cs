using Dragoman.Engine;
using Dragoman.Errors;
using Dragoman.Pipeline;
using Dragoman.Sources;
using Dragoman.Storage;

namespace Dragoman.Ingest;

/// <summary>
/// Codes documents in batches and stores them, one transaction per document: a document whose text is
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
        foreach (var batch in items.Chunk(DragomanPipeline.DefaultBatchSize))
        {
            IngestBatch(batch, report, onItem);
        }

        store.FinishRun(report.RunId, new IngestTotals(report.Documents, report.Events, report.Skipped, report.Failures.Count));
        return report;
    }

    /// <summary>
    /// Codes the batch's new documents together (<see cref="DragomanPipeline.ProcessBatch"/>, faster than one by one), then
    /// stores or reports each item in input order, one transaction per document.
    /// </summary>
    private void IngestBatch(SourceResult[] batch, IngestReport report, Action<IngestReport>? onItem)
    {
        // A text met earlier in the same batch is as good as stored: only its first copy is coded.
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var fresh = Enumerable.Range(0, batch.Length)
            .Where(k => batch[k].Document is { } d && ContentHash.Of(d.Text) is var hash && !store.ContainsHash(hash) && hashes.Add(hash)).ToList();
        var errors = engine.Pipeline.ProcessBatch(fresh.Select(k => batch[k].Document!).ToList());
        var coded = new bool[batch.Length];
        var errorAt = new DragomanException?[batch.Length];
        for (var j = 0; j < fresh.Count; j++)
        {
            (coded[fresh[j]], errorAt[fresh[j]]) = (true, errors[j]);
        }

        for (var k = 0; k < batch.Length; k++)
        {
            var item = batch[k];
            if (item.Document is not { } document)
            {
                Fail(report, item.Input, item.Error ?? item.Input);
            }
            else if (!coded[k])
            {
                report.Skipped++;
            }
            else if (errorAt[k] is { } error)
            {
                // Coding errors name the document id; the input (file, line, feed item) is what the user can find.
                Fail(report, item.Input, error.Message.StartsWith(item.Input, StringComparison.Ordinal) ? error.Message : $"{item.Input}: {error.Message}");
            }
            else
            {
                Store(builder.From(document), report);
            }

            onItem?.Invoke(report);
        }
    }

    private void Store(StoredDocument stored, IngestReport report)
    {
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
