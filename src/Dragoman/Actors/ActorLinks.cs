using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Actors;

/// <summary>The small words that glue mention parts together, per language (data/actors/links.tsv).</summary>
public sealed class ActorLinks
{
    private readonly FrozenDictionary<(string Language, string Kind), FrozenSet<string>> words;

    private ActorLinks(FrozenDictionary<(string, string), FrozenSet<string>> words) => this.words = words;

    public static ActorLinks Load(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var map = new Dictionary<(string, string), HashSet<string>>();
        foreach (var line in new DataFileReader(directory).Read("actors/links.tsv", 3, 3))
        {
            var kind = line.Fields[1];
            if (kind is not ("of" or "possessive" or "apposition" or "article" or "coordinator" or "determiner" or "modifier" or "in" or "placed" or "member" or "definite" or "sponsor"))
            {
                throw new DataFormatException(line.File, line.Number, $"unknown link kind '{kind}'");
            }

            var key = (line.Fields[0], kind);
            if (!map.TryGetValue(key, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                map[key] = set;
            }

            set.UnionWith(DataLine.SplitList(line.Fields[2]));
        }

        return new ActorLinks(map.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal)));
    }

    /// <summary>Like <see cref="Is(string?, string, string)"/> for a slice of a word, without allocating ("backed" in "iranian-backed").</summary>
    public bool Is(string language, string kind, ReadOnlySpan<char> lower) =>
        words.TryGetValue((language, kind), out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);

    public bool Is(string? language, string kind, string lower)
    {
        if (language is not null)
        {
            return words.TryGetValue((language, kind), out var set) && set.Contains(lower);
        }

        return InAnyLanguage(kind, lower);
    }

    // Apart from Is so that the common call, with a language, allocates no closure.
    private bool InAnyLanguage(string kind, string lower) => words.Any(p => p.Key.Kind == kind && p.Value.Contains(lower));
}
