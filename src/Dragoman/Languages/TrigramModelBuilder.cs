using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dragoman.Languages;

/// <summary>Counts trigrams in each language's training text and turns the counts into a <see cref="TrigramModel"/>.</summary>
internal sealed class TrigramModelBuilder
{
    /// <summary>Additive smoothing: what an unseen trigram counts as, so one odd name cannot veto a language.</summary>
    private const double Smoothing = 0.5;

    private readonly ImmutableArray<string> languages;
    private readonly Dictionary<ulong, int[]> counts = [];
    private readonly long[] totals;
    private readonly Dictionary<string, float[]> functionWords = new(StringComparer.Ordinal);

    public TrigramModelBuilder(ImmutableArray<string> languages)
    {
        this.languages = languages;
        totals = new long[languages.Length];
    }

    public bool Has(string language) => languages.Contains(language, StringComparer.Ordinal);

    public void AddText(string language, ReadOnlySpan<char> text, LetterFolding folding)
    {
        var column = Column(language);
        Span<char> word = stackalloc char[TrigramModel.MaxWordLength];
        var scanner = new TrigramScanner(text, word, folding);
        while (scanner.MoveNext())
        {
            if (!counts.TryGetValue(scanner.Current, out var row))
            {
                row = new int[languages.Length];
                counts.Add(scanner.Current, row);
            }

            row[column]++;
            totals[column]++;
        }
    }

    public void AddFunctionWord(string language, string word)
    {
        if (!functionWords.TryGetValue(word, out var members))
        {
            members = new float[languages.Length];
            functionWords.Add(word, members);
        }

        members[Column(language)] = 1;
    }

    public TrigramModel Build()
    {
        var width = languages.Length;
        var vocabulary = counts.Count + 1;
        var rows = new Dictionary<ulong, int>(counts.Count);
        var logProbabilities = new float[counts.Count * width];
        foreach (var (trigram, row) in counts.OrderBy(pair => pair.Key))
        {
            var offset = rows.Count * width;
            for (var i = 0; i < width; i++)
            {
                var probability = (row[i] + Smoothing) / (totals[i] + (Smoothing * vocabulary));
                logProbabilities[offset + i] = (float)Math.Log(probability);
            }

            rows.Add(trigram, rows.Count);
        }

        return new TrigramModel(languages, new TrigramTable(rows), logProbabilities, functionWords.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private int Column(string language) => languages.IndexOf(language, StringComparer.Ordinal);
}
