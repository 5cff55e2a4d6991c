using System.Text;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Pipeline;
using Dragoman.Sources;

namespace Dragoman.Engine;

/// <summary>A corpus of a requested size built by repeating the sample articles.</summary>
public sealed class BenchmarkCorpus
{
    private BenchmarkCorpus(IReadOnlyList<(string Text, DocumentInfo Info)> documents, long bytes, IReadOnlyList<string> skipped)
    {
        Documents = documents;
        Bytes = bytes;
        Skipped = skipped;
    }

    /// <summary>Why each sample the pipeline cannot process was left out ("file: message"), so one bad sample does not end the run.</summary>
    public IReadOnlyList<string> Skipped { get; }

    public IReadOnlyList<(string Text, DocumentInfo Info)> Documents { get; }

    public long Bytes { get; }

    /// <param name="folder">Sample articles (text files, .jsonl, …) to repeat.</param>
    /// <param name="targetBytes">Size of the corpus in UTF-8 bytes.</param>
    /// <param name="pipeline">When given, samples it rejects (no language detected, unsupported language…) are skipped.</param>
    public static BenchmarkCorpus FromFolder(string folder, long targetBytes, DragomanPipeline? pipeline = null)
    {
        var skipped = new List<string>();
        var seeds = new DocumentSourceReader(new SourceOptions()).Read([folder])
            .Where(r => r.Document is not null && Accepts(pipeline, r.Document, skipped))
            .Select(r => (r.Document!.Text, r.Document.Info))
            .ToList();
        if (seeds.Count == 0)
        {
            throw new InputException(ErrorCatalogue.EmptyInput(folder));
        }

        var documents = new List<(string, DocumentInfo)>();
        long bytes = 0;
        for (var i = 0; bytes < targetBytes; i++)
        {
            var seed = seeds[i % seeds.Count];
            documents.Add(seed);
            bytes += Encoding.UTF8.GetByteCount(seed.Text);
        }

        return new BenchmarkCorpus(documents, bytes, skipped);
    }

    private static bool Accepts(DragomanPipeline? pipeline, Document document, List<string> skipped)
    {
        if (pipeline is null)
        {
            return true;
        }

        try
        {
            pipeline.Process(new Document(document.Id, document.Text, document.Info));
            return true;
        }
        catch (DragomanException e)
        {
            skipped.Add($"{document.Id}: {e.Message}");
            return false;
        }
    }

    public IEnumerable<Document> Fresh() =>
        Documents.Select((d, i) => new Document($"bench-{i}", d.Text, d.Info));
}
