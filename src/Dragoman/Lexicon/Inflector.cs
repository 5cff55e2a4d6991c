using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Lexicon;

/// <summary>
/// Generates verb forms for one language from its data: paradigms.tsv (classes and suffixes),
/// spelling.tsv and doubling-verbs.tsv (boundary spelling), irregular-verbs.tsv (compounds, stems,
/// overrides) and the class column of verbs.txt. No suffix or word lives in this class.
/// </summary>
public sealed class Inflector : IInflector
{
    private const int MaxLikeDepth = 8;

    private readonly ParadigmTable paradigms;
    private readonly SpellingRules spelling;
    private readonly FrozenDictionary<string, IrregularVerb> irregulars;
    private readonly FrozenDictionary<string, string> classOverrides;

    private Inflector(
        string language,
        ParadigmTable paradigms,
        SpellingRules spelling,
        FrozenDictionary<string, IrregularVerb> irregulars,
        FrozenDictionary<string, string> classOverrides)
    {
        Language = language;
        this.paradigms = paradigms;
        this.spelling = spelling;
        this.irregulars = irregulars;
        this.classOverrides = classOverrides;
    }

    public string Language { get; }

    /// <summary>Loads data/languages/&lt;language&gt;/; <paramref name="classOverrides"/> maps lemmas to a class name (from verbs.txt).</summary>
    public static Inflector Load(DataDirectory directory, string language, IReadOnlyDictionary<string, string>? classOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var reader = new DataFileReader(directory);
        var folder = LexiconFiles.Folder(language);
        return new Inflector(
            language,
            ParadigmTable.Load(reader, folder + LexiconFiles.Paradigms),
            SpellingRules.Load(reader, folder + LexiconFiles.Spelling, folder + LexiconFiles.DoublingVerbs),
            IrregularVerbTable.Load(reader, folder + LexiconFiles.IrregularVerbs),
            (classOverrides ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal));
    }

    public IEnumerable<InflectedForm> Inflect(string verbLemma)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verbLemma);
        var forms = Generate(verbLemma, 0);
        var result = new List<InflectedForm>(forms.Count * 2);
        foreach (var tag in paradigms.Tags)
        {
            if (forms.TryGetValue(tag, out var variants))
            {
                foreach (var form in variants)
                {
                    result.Add(new InflectedForm(form, tag));
                }
            }
        }

        return result;
    }

    private Dictionary<string, string[]> Generate(string lemma, int depth)
    {
        irregulars.TryGetValue(lemma, out var irregular);
        Dictionary<string, string[]> forms;
        if (irregular?.Like is { } baseLemma)
        {
            if (depth >= MaxLikeDepth || baseLemma == lemma)
            {
                throw new DataFormatException(ErrorCatalogue.AtLocation(irregular.Location, ErrorCatalogue.UnknownBaseVerb(lemma, baseLemma)));
            }

            forms = Reprefix(Generate(baseLemma, depth + 1), baseLemma, lemma);
        }
        else
        {
            forms = Regular(lemma, irregular);
        }

        if (irregular is not null)
        {
            foreach (var change in irregular.Overrides)
            {
                Override(forms, lemma, change);
            }
        }

        return forms;
    }

    private Dictionary<string, string[]> Regular(string lemma, IrregularVerb? irregular)
    {
        var className = irregular?.ClassName ?? classOverrides.GetValueOrDefault(lemma);
        var location = irregular?.Location ?? lemma;
        var paradigm = className is not null ? paradigms.Get(className, location) : paradigms.ClassFor(lemma);
        if (paradigm?.Ending is null)
        {
            throw new DataFormatException(ErrorCatalogue.AtLocation(location, ErrorCatalogue.NoParadigmForVerb(lemma)));
        }

        var stem = irregular?.Stem;
        if (stem is null)
        {
            if (!lemma.EndsWith(paradigm.Ending, StringComparison.Ordinal))
            {
                throw new DataFormatException(ErrorCatalogue.AtLocation(location, ErrorCatalogue.NoParadigmForVerb(lemma)));
            }

            stem = lemma[..^paradigm.Ending.Length];
        }

        var forms = new Dictionary<string, string[]>(paradigm.Suffixes.Count, StringComparer.Ordinal);
        foreach (var (tag, suffixes) in paradigm.Suffixes)
        {
            forms[tag] = Attach(lemma, stem, suffixes, paradigm.Name);
        }

        return forms;
    }

    private string[] Attach(string lemma, string stem, string[] suffixes, string className)
    {
        var result = new string[suffixes.Length];
        for (var i = 0; i < suffixes.Length; i++)
        {
            result[i] = spelling.Join(lemma, stem, suffixes[i], className);
        }

        return result;
    }

    private void Override(Dictionary<string, string[]> forms, string lemma, VerbOverride change)
    {
        var tags = paradigms.TagsOf(change.Key)
            ?? throw new DataFormatException(ErrorCatalogue.AtLocation(change.Location, ErrorCatalogue.UnknownInflectionKey(change.Key)));
        var at = change.Value.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var stem = change.Value[..at];
            var suffixSet = paradigms.Get(change.Value[(at + 1)..], change.Location);
            foreach (var tag in tags)
            {
                if (suffixSet.Suffixes.TryGetValue(tag, out var suffixes))
                {
                    forms[tag] = Attach(lemma, stem, suffixes, suffixSet.Name);
                }
            }

            return;
        }

        var persons = DataLine.SplitList(change.Value);
        if (tags.Length == 1)
        {
            forms[tags[0]] = [.. persons.SelectMany(Variants)];
            return;
        }

        if (persons.Count != tags.Length)
        {
            throw new DataFormatException(ErrorCatalogue.AtLocation(change.Location, ErrorCatalogue.WrongFormCount(change.Key, tags.Length, persons.Count)));
        }

        for (var i = 0; i < tags.Length; i++)
        {
            forms[tags[i]] = Variants(persons[i]);
        }
    }

    private static string[] Variants(string person) => person.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Turns the forms of a base verb into those of its compound: prendere → sorprendere, porre → proporre.</summary>
    private static Dictionary<string, string[]> Reprefix(Dictionary<string, string[]> baseForms, string baseLemma, string lemma)
    {
        var shared = 0;
        while (shared < baseLemma.Length && shared < lemma.Length && baseLemma[^(shared + 1)] == lemma[^(shared + 1)])
        {
            shared++;
        }

        var oldPrefix = baseLemma[..^shared];
        var newPrefix = lemma[..^shared];
        var result = new Dictionary<string, string[]>(baseForms.Count, StringComparer.Ordinal);
        foreach (var (tag, variants) in baseForms)
        {
            result[tag] = [.. variants.Select(v => v.StartsWith(oldPrefix, StringComparison.Ordinal) ? newPrefix + v[oldPrefix.Length..] : v)];
        }

        return result;
    }
}
