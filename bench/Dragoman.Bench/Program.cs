using System.Globalization;
using Dragoman.Bench;
using Dragoman.Data;
using Dragoman.Engine;

if (args is ["--lemmatizer-rate"])
{
    Console.WriteLine($"lemmatizer: {LemmatizerBenchmarks.MeasureTokensPerSecond():N0} tokens/s");
    return 0;
}

// --stages [MB] [passes] [all]     CPU time of each text stage (with 'all': every stage), fastest of several passes
// --loop STAGE [MB] [rounds]       one stage (or 'pipeline': all of them) over and over, for a profiler
// --dump FILE [MB] [samples]       every token the text stages produce, to compare before/after a change
if (args is ["--stages" or "--loop" or "--dump", ..])
{
    var number = (int i, double fallback) => args.Length > i ? double.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
    var engine = DragomanEngine.Load(DataDirectory.Locate());
    var samples = args is ["--dump", _, _, var folder, ..] ? folder : Path.Combine(AppContext.BaseDirectory, "samples");
    var megabytes = args[0] == "--stages" ? number(1, 5) : number(2, args[0] == "--dump" ? 0.1 : 5);
    var corpus = BenchmarkCorpus.FromFolder(samples, (long)(megabytes * 1048576));
    Console.WriteLine($"corpus: {corpus.Documents.Count} documents, {corpus.Bytes / 1048576.0:0.00} MB");
    switch (args[0])
    {
        case "--stages":
            StageProfiler.Run(engine, corpus, (int)number(2, 5), args is [_, _, _, "all", ..]);
            break;
        case "--loop":
            StageLoop.Run(engine, corpus, args[1], (int)number(3, 20));
            break;
        default:
            using (var writer = new StreamWriter(args[1]))
            {
                TokenDump.Write(engine, corpus, writer);
            }

            break;
    }

    return 0;
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
