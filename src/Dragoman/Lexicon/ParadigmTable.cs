using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Lexicon;

/// <summary>
/// The conjugation classes of a language (paradigms.tsv) and the order of its feature tags, which
/// gives the person order of tense groups: the group <c>pres</c> is every tag starting <c>pres.</c>.
/// </summary>
internal sealed class ParadigmTable
{
    private const string EmptyMark = "-";

    private readonly FrozenDictionary<string, ParadigmClass> classes;
    private readonly ParadigmClass[] selectable;
    private readonly FrozenDictionary<string, string[]> groups;

    private ParadigmTable(List<ParadigmClass> all, IReadOnlyList<string> tagOrder)
    {
        classes = all.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        // Longest ending first; OrderBy is stable, so on a tie the class declared first is the default.
        selectable = [.. all.Where(c => c.Ending is not null).OrderByDescending(c => c.Ending!.Length)];
        var groupMap = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var tag in tagOrder)
        {
            var dot = tag.IndexOf('.', StringComparison.Ordinal);
            var key = dot < 0 ? tag : tag[..dot];
            if (!groupMap.TryGetValue(key, out var list))
            {
                groupMap[key] = list = [];
            }

            list.Add(tag);
        }

        groups = groupMap.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        Tags = [.. tagOrder];
    }

    public IReadOnlyList<string> Tags { get; }

    public ParadigmClass Get(string name, string location)
    {
        return classes.TryGetValue(name, out var found)
            ? found
            : throw new DataFormatException(ErrorCatalogue.AtLocation(location, ErrorCatalogue.UnknownParadigmClass(name)));
    }

    public bool TryGet(string name, out ParadigmClass paradigm) => classes.TryGetValue(name, out paradigm!);

    /// <summary>The class a lemma falls in by its ending, or null when no class ending fits.</summary>
    public ParadigmClass? ClassFor(string lemma) =>
        Array.Find(selectable, c => lemma.Length > c.Ending!.Length && lemma.EndsWith(c.Ending, StringComparison.Ordinal));

    /// <summary>The tags a key of the irregulars table names: one exact tag or a whole group.</summary>
    public string[]? TagsOf(string key)
    {
        if (Tags.Contains(key, StringComparer.Ordinal))
        {
            return [key];
        }

        return groups.TryGetValue(key, out var group) ? group : null;
    }

    public static ParadigmTable Load(DataFileReader reader, string path)
    {
        var declared = new List<(string Name, string? Ending, string? Parent, string Location)>();
        var suffixes = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal);
        var tagOrder = new List<string>();
        foreach (var line in reader.Read(path, 2, 4))
        {
            var f = line.Fields;
            switch (f[0])
            {
                case "@class" when f.Count >= 3:
                    declared.Add((f[1], f[2] == EmptyMark ? string.Empty : f[2], f.Count > 3 ? f[3] : null, line.Location));
                    suffixes.TryAdd(f[1], new Dictionary<string, string[]>(StringComparer.Ordinal));
                    break;
                case "@suffixes":
                    declared.Add((f[1], null, f.Count > 2 ? f[2] : null, line.Location));
                    suffixes.TryAdd(f[1], new Dictionary<string, string[]>(StringComparer.Ordinal));
                    break;
                default:
                    if (f.Count != 3 || !suffixes.TryGetValue(f[0], out var table))
                    {
                        throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownParadigmClass(f[0]));
                    }

                    if (!tagOrder.Contains(f[1]))
                    {
                        tagOrder.Add(f[1]);
                    }

                    table[f[1]] = [.. f[2].Split('|', StringSplitOptions.TrimEntries).Select(s => s == EmptyMark ? string.Empty : s)];
                    break;
            }
        }

        var built = new List<ParadigmClass>();
        foreach (var (name, ending, parent, location) in declared)
        {
            var merged = new Dictionary<string, string[]>(StringComparer.Ordinal);
            for (var current = (Name: name, Parent: parent); ;)
            {
                foreach (var (tag, values) in suffixes[current.Name])
                {
                    merged.TryAdd(tag, values);
                }

                if (current.Parent is null)
                {
                    break;
                }

                var next = declared.FindIndex(d => d.Name == current.Parent);
                if (next < 0 || current.Parent == name)
                {
                    throw new DataFormatException(ErrorCatalogue.AtLocation(location, ErrorCatalogue.UnknownParadigmClass(current.Parent)));
                }

                current = (declared[next].Name, declared[next].Parent);
            }

            built.Add(new ParadigmClass(name, ending, merged.ToFrozenDictionary(StringComparer.Ordinal)));
        }

        return new ParadigmTable(built, tagOrder);
    }
}
