using System.Collections.Frozen;
using Dragoman.Cameo;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Coding;

/// <summary>Event patterns of one language (data/patterns/&lt;iso&gt;/NN.txt), indexed by trigger lemma.</summary>
public sealed class PatternDictionary
{
    private readonly FrozenDictionary<string, EventPattern[]> byLemma;

    private PatternDictionary(string language, FrozenDictionary<string, EventPattern[]> byLemma, int count, FrozenDictionary<string, int> vocabulary)
    {
        Language = language;
        this.byLemma = byLemma;
        Count = count;
        Vocabulary = vocabulary;
    }

    public string Language { get; }

    public int Count { get; }

    /// <summary>The first words of every required or forbidden sequence, numbered from 0 (<see cref="PatternWords.Id"/>).</summary>
    public FrozenDictionary<string, int> Vocabulary { get; }

    public IEnumerable<EventPattern> All => byLemma.Values.SelectMany(p => p);

    public IReadOnlyList<EventPattern> For(string lemma) => byLemma.TryGetValue(lemma, out var list) ? list : [];

    public static PatternDictionary Load(DataDirectory directory, string language, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(codebook);
        var reader = new DataFileReader(directory);
        var map = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var file in directory.FilesIn($"patterns/{language}", "*.txt"))
        {
            foreach (var line in reader.Read(file, 5, 5))
            {
                var pattern = PatternLineParser.Parse(line, codebook, vocabulary);
                if (!map.TryGetValue(pattern.Lemma, out var list))
                {
                    list = [];
                    map[pattern.Lemma] = list;
                }

                list.Add(pattern);
                count++;
            }
        }

        if (count == 0)
        {
            throw new DataFormatException(ErrorCatalogue.MissingDataFile($"data/patterns/{language}/*.txt"));
        }

        var frozen = map.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(x => x.Specificity).ToArray(),
            StringComparer.Ordinal);
        return new PatternDictionary(language, frozen, count, vocabulary.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
