if (args is ["--lemmatizer-rate"])
{
    Console.WriteLine($"lemmatizer: {Dragoman.Bench.LemmatizerBenchmarks.MeasureTokensPerSecond():N0} tokens/s");
    return 0;
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
