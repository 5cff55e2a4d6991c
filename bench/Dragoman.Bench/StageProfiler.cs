using Dragoman.Engine;
using Dragoman.Pipeline;

namespace Dragoman.Bench;

/// <summary>
/// Times each text stage (or every stage) over the sample corpus in CPU time of this thread, several passes, keeping
/// each stage's fastest pass: on a machine shared with busy processes, wall-clock times and single
/// passes mostly measure the neighbours. Allocations are counted on the first pass.
/// </summary>
public static class StageProfiler
{
    /// <summary>Documents per batch: the thread clock is a system call of a few microseconds, too slow to read around every stage of every document.</summary>
    private const int BatchSize = 64;

    public static void Run(DragomanEngine engine, BenchmarkCorpus corpus, int passes, bool all = false)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(corpus);
        var stages = all ? engine.Pipeline.Stages : engine.TextPipeline.Stages;
        var best = new double[stages.Length];
        Array.Fill(best, double.MaxValue);
        var allocated = new long[stages.Length];
        var total = double.MaxValue;
        long sentences = 0;
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        for (var pass = 0; pass < passes; pass++)
        {
            var seconds = new double[stages.Length];
            foreach (var batch in corpus.Fresh().Chunk(BatchSize))
            {
                for (var i = 0; i < stages.Length; i++)
                {
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadClock.Seconds();
                    Process(stages[i], batch);
                    seconds[i] += ThreadClock.Seconds() - start;
                    allocated[i] += pass == 0 ? GC.GetAllocatedBytesForCurrentThread() - bytes : 0;
                }

                sentences += pass == 0 ? batch.Sum(d => d.Sentences.Count) : 0;
            }

            for (var i = 0; i < stages.Length; i++)
            {
                best[i] = Math.Min(best[i], seconds[i]);
            }

            total = Math.Min(total, seconds.Sum());
        }

        var megabytes = corpus.Bytes / 1048576.0;
        Console.WriteLine($"garbage collector: {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / passes:0.0} ms paused and {(GC.CollectionCount(0) - collections) / (double)passes:0} collections per pass");
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine($"{stages[i].Name,-18} {megabytes / best[i],9:0.0} MB/s {sentences / best[i],10:0} sentences/s {best[i] * 1000,8:0.0} ms {allocated[i] / 1048576.0,8:0.0} MB allocated");
        }

        Console.WriteLine($"{(all ? "all stages" : "text stages"),-18} {megabytes / total,9:0.0} MB/s {sentences / total,10:0} sentences/s {total * 1000,8:0.0} ms {allocated.Sum() / 1048576.0,8:0.0} MB allocated (fastest pass)");
    }

    private static void Process(IPipelineStage stage, Dragoman.Documents.Document[] batch)
    {
        foreach (var document in batch)
        {
            stage.Process(document);
            document.MarkAdded(stage.Adds);
        }
    }
}
