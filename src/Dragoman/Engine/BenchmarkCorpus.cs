using System.Text;
using Dragoman.Documents;
using Dragoman.Sources;

namespace Dragoman.Engine;

/// <summary>A corpus of a requested size built by repeating the sample articles.</summary>
public sealed class BenchmarkCorpus
{
    private BenchmarkCorpus(IReadOnlyList<(string Text, DocumentInfo Info)> documents, long bytes)
    {
        Documents = documents;
        Bytes = bytes;
    }

    public IReadOnlyList<(string Text, DocumentInfo Info)> Documents { get; }

    public long Bytes { get; }

    public static BenchmarkCorpus FromFolder(string folder, long targetBytes)
    {
        var seeds = new DocumentSourceReader(new SourceOptions()).Read([folder])
            .Where(r => r.Document is not null)
            .Select(r => (r.Document!.Text, r.Document.Info))
            .ToList();
        if (seeds.Count == 0)
        {
            throw new Errors.InputException(Errors.ErrorCatalogue.EmptyInput(folder));
        }

        var documents = new List<(string, DocumentInfo)>();
        long bytes = 0;
        for (var i = 0; bytes < targetBytes; i++)
        {
            var seed = seeds[i % seeds.Count];
            documents.Add(seed);
            bytes += Encoding.UTF8.GetByteCount(seed.Text);
        }

        return new BenchmarkCorpus(documents, bytes);
    }

    public IEnumerable<Document> Fresh() =>
        Documents.Select((d, i) => new Document($"bench-{i}", d.Text, d.Info));
}
