using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Lexicon;

namespace Dragoman.Bench;

/// <summary>
/// Lemmatizes pre-built tokens of a synthetic Italian news text (the lexicon's own forms mixed with
/// function words, names, numbers and punctuation), so only the lemmatizer is measured.
/// </summary>
[MemoryDiagnoser]
public class LemmatizerBenchmarks
{
    private const int TokenCount = 100_000;

    private Dragoman.Lexicon.Lexicon lexicon = null!;
    private Token[] pristine = [];
    private Token[] working = [];
    private Sentence[] sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var started = Stopwatch.StartNew();
        lexicon = Dragoman.Lexicon.Lexicon.Load(DataDirectory.Locate(), "it");
        Console.WriteLine($"// lexicon it: {lexicon.FormCount} forms built in {started.ElapsedMilliseconds} ms");
        pristine = BuildTokens(lexicon, TokenCount);
        working = new Token[pristine.Length];
        sentences = BuildSentences(pristine.Length);
    }

    [Benchmark]
    public void Lemmatize()
    {
        pristine.CopyTo(working, 0);
        Lemmatizer.Lemmatize(lexicon, working, sentences);
    }

    /// <summary>Runs the lemmatizer for about a second and reports tokens per second (no BenchmarkDotNet needed).</summary>
    public static double MeasureTokensPerSecond()
    {
        var bench = new LemmatizerBenchmarks();
        bench.Setup();
        bench.Lemmatize();
        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 1000)
        {
            bench.Lemmatize();
            runs++;
        }

        return runs * (double)TokenCount / clock.Elapsed.TotalSeconds;
    }

    private static Token[] BuildTokens(Dragoman.Lexicon.Lexicon lexicon, int count)
    {
        var random = new Random(42);
        var verbForms = lexicon.VerbLemmas.Take(400).SelectMany(v => lexicon.Inflector.Inflect(v)).Select(f => f.Form).ToArray();
        // The same shapes news text has: function words, names, numbers, punctuation, unknown words.
        string[] others = ["il", "la", "di", "della", "nel", "che", "non", "ha", "è", "sono", "Putin", "Mosca", "accordi", "sanzioni", "2024", ",", ".", "xyzzy", "rapidamente"];
        var tokens = new Token[count];
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            var text = random.Next(3) == 0 ? verbForms[random.Next(verbForms.Length)] : others[random.Next(others.Length)];
            var kind = char.IsDigit(text[0]) ? TokenKind.Number : char.IsLetter(text[0]) ? TokenKind.Word : TokenKind.Punctuation;
            tokens[i] = new Token(offset, offset + text.Length, text, text.ToLowerInvariant(), kind);
            offset += text.Length + 1;
        }

        return tokens;
    }

    private static Sentence[] BuildSentences(int tokenCount)
    {
        const int Length = 25;
        return [.. Enumerable.Range(0, (tokenCount + Length - 1) / Length)
            .Select(i => new Sentence(i, 0, 0) { TokenStart = i * Length, TokenEnd = Math.Min(tokenCount, (i + 1) * Length) })];
    }
}
