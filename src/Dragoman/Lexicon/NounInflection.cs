using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Lexicon;

/// <summary>
/// Plural and gender forms of nouns and adjectives from noun-inflection.tsv; a lemma no rule
/// matches is invariable. Per-word exceptions come from nouns.tsv as <c>tag=form</c> fields.
/// </summary>
internal sealed class NounInflection
{
    private const string EmptyMark = "-";

    private readonly FrozenDictionary<string, NounClass> classes;

    private NounInflection(FrozenDictionary<string, NounClass> classes, NounClass? defaultClass)
    {
        this.classes = classes;
        DefaultClass = defaultClass;
    }

    /// <summary>The class declared first, used when nouns.tsv gives none.</summary>
    public NounClass? DefaultClass { get; }

    public bool TryGetClass(string name, out NounClass nounClass) => classes.TryGetValue(name, out nounClass!);

    public static IEnumerable<(string Form, string Tag)> Inflect(string lemma, NounClass nounClass, IReadOnlyDictionary<string, string[]> overrides)
    {
        yield return (lemma, nounClass.LemmaTag);
        var rule = nounClass.Rules.Find(r => lemma.Length > r.Ending.Length && lemma.EndsWith(r.Ending, StringComparison.Ordinal));
        if (rule is not null)
        {
            var stem = lemma[..^rule.Ending.Length];
            foreach (var (tag, suffixes) in rule.Forms)
            {
                if (overrides.ContainsKey(tag))
                {
                    continue;
                }

                foreach (var suffix in suffixes)
                {
                    yield return (stem + suffix, tag);
                }
            }
        }

        foreach (var (tag, forms) in overrides)
        {
            foreach (var form in forms)
            {
                // An empty override ("pl=-") means the form equals the lemma (invariable plural).
                yield return (form.Length == 0 ? lemma : form, tag);
            }
        }
    }

    public static NounInflection Load(DataFileReader reader, string path)
    {
        var classes = new Dictionary<string, NounClass>(StringComparer.Ordinal);
        NounClass? first = null;
        foreach (var line in reader.ReadIfExists(path, 2))
        {
            var f = line.Fields;
            if (f[0] == "@class")
            {
                if (f.Count != 4)
                {
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.ExpectedClassDeclaration);
                }

                var declared = new NounClass(f[1], PosNames.Parse(f[2], line), f[3], []);
                classes[f[1]] = declared;
                first ??= declared;
                continue;
            }

            if (!classes.TryGetValue(f[0], out var nounClass))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownParadigmClass(f[0]));
            }

            var forms = f.Skip(2).Select(field => ParseOverride(field, line)).Select(p => (p.Tag, p.Forms)).ToList();
            nounClass.Rules.Add(new NounEndingRule(f[1] == EmptyMark ? string.Empty : f[1], forms));
        }

        foreach (var nounClass in classes.Values)
        {
            // Longest ending first; the sort is stable so equal lengths keep file order.
            var sorted = nounClass.Rules.OrderByDescending(r => r.Ending.Length).ToList();
            nounClass.Rules.Clear();
            nounClass.Rules.AddRange(sorted);
        }

        return new NounInflection(classes.ToFrozenDictionary(StringComparer.Ordinal), first);
    }

    /// <summary>Parses <c>tag=form</c> (variants separated by '|'; <c>-</c> stands for an empty suffix).</summary>
    public static (string Tag, string[] Forms) ParseOverride(string field, DataLine line)
    {
        var eq = field.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadOverride(field));
        }

        var values = field[(eq + 1)..].Split('|', StringSplitOptions.TrimEntries).Select(v => v == EmptyMark ? string.Empty : v).ToArray();
        return (field[..eq], values);
    }
}
