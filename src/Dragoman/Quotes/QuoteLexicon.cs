using Dragoman.Coding;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Quotes;

/// <summary>The words of one language that signal quotes and reported speech (data/quotes/&lt;iso&gt;.tsv).</summary>
public sealed class QuoteLexicon
{
    private static readonly string[] Keys = ["quoteVerb", "complementizer", "infinitiveMarker", "infinitiveReport", "bareComplement"];

    private readonly Dictionary<string, WordSequenceSet> sets;

    private QuoteLexicon(Dictionary<string, WordSequenceSet> sets) => this.sets = sets;

    public WordSequenceSet this[string key] => sets[key];

    public static QuoteLexicon Load(DataDirectory directory, string language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var sets = Keys.ToDictionary(k => k, _ => new WordSequenceSet(), StringComparer.Ordinal);
        foreach (var line in new DataFileReader(directory).Read($"quotes/{language}.tsv", 2, 2))
        {
            if (!sets.TryGetValue(line.Fields[0], out var set))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownDataKey(line.Fields[0]));
            }

            foreach (var item in DataLine.SplitList(line.Fields[1]))
            {
                set.Add(item.ToLowerInvariant(), line.Fields[0]);
            }
        }

        return new QuoteLexicon(sets);
    }
}
