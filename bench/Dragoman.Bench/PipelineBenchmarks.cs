using BenchmarkDotNet.Attributes;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Engine;

namespace Dragoman.Bench;

/// <summary>The whole pipeline (text, actors, events, quotes, dates, treaties) over about 1 MB of news-like prose.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int CorpusChars = 1 << 20;

    private DragomanEngine engine = null!;
    private string[] paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        engine = DragomanEngine.Load(DataDirectory.Locate());
        paragraphs = NewsCorpus.Build(CorpusChars).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Benchmark]
    public int TextStages() => Run(engine.TextPipeline);

    [Benchmark]
    public int TextAndActors() => Run(engine.ActorPipeline);

    [Benchmark]
    public int FullPipeline() => Run(engine.Pipeline);

    /// <summary>As the command line codes its inputs: stage by stage over batches of documents.</summary>
    [Benchmark]
    public int FullPipelineInBatches()
    {
        var events = 0;
        foreach (var chunk in paragraphs.Select((text, i) => (text, i)).Chunk(PipelineBenchmark.BatchSize))
        {
            var documents = chunk.Select(p => new Document($"p{p.i}", p.text, new DocumentInfo { PublicationDate = new DateOnly(2024, 6, 20) })).ToList();
            engine.Pipeline.ProcessBatch(documents);
            events += documents.Sum(d => d.Events.Count);
        }

        return events;
    }

    private int Run(Dragoman.Pipeline.DragomanPipeline pipeline)
    {
        var events = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            // The language is detected, as in production.
            var document = pipeline.Process(new Document($"p{i}", paragraphs[i], new DocumentInfo { PublicationDate = new DateOnly(2024, 6, 20) }));
            events += document.Events.Count;
        }

        return events;
    }
}
