using BenchmarkDotNet.Attributes;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Text;

namespace Dragoman.Bench;

/// <summary>Normalize + split + tokenize over about 1 MB of news-like prose, as one document.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const int CorpusChars = 1 << 20;

    private string text = string.Empty;
    private TextNormalizer normalizer = null!;
    private SentenceSplitter splitter = null!;
    private Tokenizer tokenizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var resources = new TextResources(DataDirectory.Locate());
        normalizer = new TextNormalizer(resources);
        splitter = new SentenceSplitter(resources);
        tokenizer = new Tokenizer(resources);
        text = NewsCorpus.Build(CorpusChars);
    }

    [Benchmark]
    public NormalizedText Normalize() => normalizer.Normalize(text);

    [Benchmark]
    public int NormalizeSplitTokenize()
    {
        var document = new Document("bench", text, new DocumentInfo { Language = "it" });
        normalizer.Process(document);
        splitter.Process(document);
        tokenizer.Process(document);
        return document.Tokens.Length;
    }
}
