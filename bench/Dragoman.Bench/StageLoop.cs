using System.Diagnostics;
using Dragoman.Engine;

namespace Dragoman.Bench;

/// <summary>Runs one stage alone over the corpus again and again, for a sampling profiler to look at.</summary>
public static class StageLoop
{
    public static void Run(DragomanEngine engine, BenchmarkCorpus corpus, string name, int rounds)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(corpus);
        if (name == "pipeline")
        {
            RunPipeline(engine, corpus, rounds);
            return;
        }

        // Later stages overwrite the layer they add, so any stage can run again on a prepared document.
        var stages = engine.Pipeline.Stages;
        var index = stages.Select(s => s.Name).ToList().IndexOf(name);
        if (index < 0)
        {
            Console.WriteLine($"no stage named {name}: {string.Join(", ", stages.Select(s => s.Name))}");
            return;
        }

        // Each document is brought to the stage's input once; every round restores that input.
        var prepared = corpus.Fresh().Select(document =>
        {
            for (var i = 0; i < index; i++)
            {
                stages[i].Process(document);
                document.MarkAdded(stages[i].Adds);
            }

            return (Document: document, Tokens: document.Tokens.ToArray(), document.Sentences, document.Language);
        }).ToList();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (document, tokens, sentences, language) in prepared)
            {
                tokens.CopyTo(document.Tokens, 0);
                document.Sentences = sentences;
                document.Language = stages[index].Name == "detect-language" ? null : language;
                stages[index].Process(document);
            }
        }

        Console.WriteLine($"loop {name}: {rounds * corpus.Bytes / 1048576.0 / clock.Elapsed.TotalSeconds:0.0} MB/s (wall clock) over {rounds} rounds");
    }

    /// <summary>The whole pipeline on fresh documents: later stages need every layer before them, so they are profiled together.</summary>
    private static void RunPipeline(DragomanEngine engine, BenchmarkCorpus corpus, int rounds)
    {
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var document in corpus.Fresh())
            {
                engine.Pipeline.Process(document);
            }
        }

        Console.WriteLine($"loop pipeline: {rounds * corpus.Bytes / 1048576.0 / clock.Elapsed.TotalSeconds:0.0} MB/s (wall clock) over {rounds} rounds");
    }
}
