using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dragoman.Languages;

/// <summary>
/// Naive-Bayes scorer for the languages sharing one script: a log-probability per trigram and
/// language, plus a bonus for each very frequent function word of a language.
/// </summary>
internal sealed class TrigramModel
{
    /// <summary>Words longer than this are never function words, so the scanner need not keep them.</summary>
    internal const int MaxWordLength = 24;

    private readonly TrigramTable rows;
    private readonly float[] logProbabilities;
    private readonly FrozenDictionary<string, float[]> functionWords;
    private readonly FrozenDictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> functionWordLookup;

    // Words longer than every function word are not looked up at all.
    private readonly int longestFunctionWord;

    internal TrigramModel(
        ImmutableArray<string> languages,
        TrigramTable rows,
        float[] logProbabilities,
        FrozenDictionary<string, float[]> functionWords)
    {
        Languages = languages;
        this.rows = rows;
        this.logProbabilities = logProbabilities;
        this.functionWords = functionWords;
        functionWordLookup = functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        longestFunctionWord = functionWords.Keys.Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    public ImmutableArray<string> Languages { get; }

    public int TrigramCount => rows.Count;

    public int FunctionWordCount => functionWords.Count;

    /// <summary>Adds each language's log-likelihood of <paramref name="text"/> to <paramref name="scores"/>.</summary>
    /// <returns>How many known trigrams were scored.</returns>
    public int Score(ReadOnlySpan<char> text, LetterFolding folding, Span<double> scores, double functionWordWeight)
    {
        var width = Languages.Length;
        Span<char> word = stackalloc char[MaxWordLength];
        var scanner = new TrigramScanner(text, word, folding);
        var scored = 0;
        while (scanner.MoveNext())
        {
            if (rows.TryGetValue(scanner.Current, out var row))
            {
                Add(logProbabilities.AsSpan(row * width, width), scores);

                scored++;
            }

            if (scanner.EndsWord && scanner.CompletedWord.Length <= longestFunctionWord
                && functionWordLookup.TryGetValue(scanner.CompletedWord, out var members))
            {
                for (var i = 0; i < width; i++)
                {
                    scores[i] += functionWordWeight * members[i];
                }
            }
        }

        return scored;
    }

    /// <summary>
    /// Adds one row of log-probabilities to the scores, eight languages at a time where the processor
    /// allows. Each language still receives the same additions in the same order, so the sums are
    /// exactly those of a plain loop.
    /// </summary>
    private static void Add(ReadOnlySpan<float> values, Span<double> scores)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            ref var target = ref MemoryMarshal.GetReference(scores);
            for (; i + Vector256<float>.Count <= values.Length; i += Vector256<float>.Count)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref source, (nuint)i));
                (Vector256.LoadUnsafe(ref target, (nuint)i) + lower).StoreUnsafe(ref target, (nuint)i);
                (Vector256.LoadUnsafe(ref target, (nuint)(i + 4)) + upper).StoreUnsafe(ref target, (nuint)(i + 4));
            }
        }

        for (; i < values.Length; i++)
        {
            scores[i] += values[i];
        }
    }
}
