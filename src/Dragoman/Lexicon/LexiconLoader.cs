using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Errors;

namespace Dragoman.Lexicon;

/// <summary>
/// Builds a <see cref="Lexicon"/> from data/languages/&lt;iso&gt;/: function words, auxiliary and
/// modal verbs, nouns and adjectives with their inflected forms, and every form of every verb in verbs.txt.
/// </summary>
internal static class LexiconLoader
{
    private const string SameAsForm = "-";

    public static Lexicon Load(DataDirectory directory, string language)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var reader = new DataFileReader(directory);
        var folder = LexiconFiles.Folder(language);
        var builder = new LexiconBuilder();

        var verbs = new List<string>();
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in reader.Read(folder + LexiconFiles.Verbs, 1, 2))
        {
            verbs.Add(line.Fields[0]);
            if (line.Fields.Count > 1)
            {
                classes[line.Fields[0]] = line.Fields[1];
            }
        }

        var inflector = Inflector.Load(directory, language, classes);
        AddFunctionWords(reader, folder, builder);
        var auxiliaries = AddAuxiliaries(reader, folder, inflector, builder);
        AddNouns(reader, folder, builder);
        var lemmas = new List<string>(auxiliaries);
        foreach (var verb in verbs.Distinct(StringComparer.Ordinal))
        {
            if (auxiliaries.Contains(verb))
            {
                continue;
            }

            lemmas.Add(verb);
            foreach (var form in inflector.Inflect(verb))
            {
                builder.Add(form.Form, verb, PartOfSpeech.Verb, form.Tag);
            }
        }

        return new Lexicon(
            language,
            inflector,
            builder.Freeze(),
            lemmas,
            LoadGuesses(reader, folder),
            LoadEnclitics(reader, folder, out var restorations),
            restorations);
    }

    private static void AddFunctionWords(DataFileReader reader, string folder, LexiconBuilder builder)
    {
        foreach (var line in reader.Read(folder + LexiconFiles.FunctionWords, 3, 4))
        {
            var f = line.Fields;
            var lemma = f[2] == SameAsForm ? f[0] : f[2];
            builder.Add(f[0], lemma, PosNames.Parse(f[1], line), f.Count > 3 ? f[3] : string.Empty);
        }
    }

    private static HashSet<string> AddAuxiliaries(DataFileReader reader, string folder, Inflector inflector, LexiconBuilder builder)
    {
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in reader.ReadIfExists(folder + LexiconFiles.Auxiliaries, 2, 2))
        {
            var lemma = line.Fields[0];
            var mark = line.Fields[1] == "aux" ? string.Empty : "+" + line.Fields[1];
            lemmas.Add(lemma);
            foreach (var form in inflector.Inflect(lemma))
            {
                builder.Add(form.Form, lemma, PartOfSpeech.Aux, form.Tag + mark);
            }
        }

        return lemmas;
    }

    private static void AddNouns(DataFileReader reader, string folder, LexiconBuilder builder)
    {
        var inflection = NounInflection.Load(reader, folder + LexiconFiles.NounInflection);
        foreach (var line in reader.ReadIfExists(folder + LexiconFiles.Nouns, 1))
        {
            var f = line.Fields;
            var nounClass = inflection.DefaultClass;
            var first = 1;
            if (f.Count > 1 && !f[1].Contains('=', StringComparison.Ordinal))
            {
                if (!inflection.TryGetClass(f[1], out var named))
                {
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownParadigmClass(f[1]));
                }

                nounClass = named;
                first = 2;
            }

            if (nounClass is null)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownParadigmClass(string.Empty));
            }

            var overrides = f.Skip(first).Select(field => NounInflection.ParseOverride(field, line))
                .ToDictionary(p => p.Tag, p => p.Forms, StringComparer.Ordinal);
            foreach (var (form, tag) in NounInflection.Inflect(f[0], nounClass, overrides))
            {
                builder.Add(form, f[0], nounClass.Pos, tag);
            }
        }
    }

    private static SuffixGuess[] LoadGuesses(DataFileReader reader, string folder) =>
        [.. reader.ReadIfExists(folder + LexiconFiles.SuffixGuesses, 2, 4)
            .Select(line => new SuffixGuess(
                line.Fields[0],
                PosNames.Parse(line.Fields[1], line),
                line.Fields.Count > 2 && line.Fields[2] != SameAsForm ? line.Fields[2] : null,
                line.Fields.Count > 3 ? line.Fields[3] : "guess"))
            .OrderByDescending(g => g.Suffix.Length)];

    private static string[] LoadEnclitics(DataFileReader reader, string folder, out string[] restorations)
    {
        var clitics = new List<string>();
        var restore = new List<string>();
        foreach (var line in reader.ReadIfExists(folder + LexiconFiles.Enclitics, 2, 2))
        {
            var target = line.Fields[0] switch
            {
                "clitic" => clitics,
                "restore" => restore,
                _ => throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownRecordKind(line.Fields[0])),
            };
            target.AddRange(DataLine.SplitList(line.Fields[1]));
        }

        restorations = [.. restore];
        return [.. clitics.OrderByDescending(c => c.Length)];
    }
}
