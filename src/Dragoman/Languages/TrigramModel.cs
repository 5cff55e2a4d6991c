using System.Collections.Frozen;
using System.Collections.Immutable;

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
                var values = logProbabilities.AsSpan(row * width, width);
                for (var i = 0; i < width; i++)
                {
                    scores[i] += values[i];
                }

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
}
