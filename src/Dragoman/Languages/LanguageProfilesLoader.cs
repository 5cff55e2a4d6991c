using System.Collections.Immutable;
using System.Globalization;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Languages;

/// <summary>Reads scripts.tsv, function-words.tsv and the training texts, and trains the per-script models.</summary>
internal sealed class LanguageProfilesLoader
{
    internal const string ScriptsFile = "languages/profiles/scripts.tsv";
    internal const string FunctionWordsFile = "languages/profiles/function-words.tsv";
    internal const string TrainingFolder = "languages/profiles/training";

    private readonly DataDirectory data;
    private readonly DataFileReader reader;
    private readonly LetterFolding folding = new();

    public LanguageProfilesLoader(DataDirectory data)
    {
        this.data = data;
        reader = new DataFileReader(data);
    }

    public LanguageProfiles Load()
    {
        var scriptOfChar = new byte[char.MaxValue + 1];
        var definitions = new List<(DataLine Line, string Name, ImmutableArray<string> Languages)>();
        foreach (var line in reader.Read(ScriptsFile, 3, 3))
        {
            if (definitions.Count == byte.MaxValue)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.TooManyScripts(byte.MaxValue));
            }

            var languages = DataLine.SplitList(line.Fields[2]).ToImmutableArray();
            if (languages.Length == 0 || languages.Any(l => !IsLanguageCode(l)))
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadLanguageList(line.Fields[2]));
            }

            definitions.Add((line, line.Fields[0], languages));
            MarkRanges(line, (byte)definitions.Count, scriptOfChar);
        }

        var builders = definitions
            .Select(d => d.Languages.Length > 1 ? new TrigramModelBuilder(d.Languages) : null)
            .ToArray();
        AddFunctionWords(builders);
        var scripts = ImmutableArray.CreateBuilder<ScriptProfile>(definitions.Count);
        for (var i = 0; i < definitions.Count; i++)
        {
            var (line, name, languages) = definitions[i];
            var builder = builders[i];
            if (builder is not null)
            {
                foreach (var language in languages)
                {
                    AddTraining(builder, line, language);
                }
            }

            scripts.Add(new ScriptProfile(name, languages, builder?.Build()));
        }

        return new LanguageProfiles(scriptOfChar, scripts.MoveToImmutable(), folding);
    }

    internal static bool IsLanguageCode(string code) =>
        code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower);

    private static void MarkRanges(DataLine line, byte script, byte[] scriptOfChar)
    {
        foreach (var range in DataLine.SplitList(line.Fields[1]))
        {
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            var first = dash < 0 ? range : range[..dash];
            var last = dash < 0 ? range : range[(dash + 1)..];
            if (!TryParseCodePoint(first, out var from) || !TryParseCodePoint(last, out var to) || to < from)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadCodePointRange(range));
            }

            for (var c = from; c <= to; c++)
            {
                // Only letters vote for a script: the Arabic comma or a Han full stop say nothing.
                if (char.IsLetter((char)c))
                {
                    scriptOfChar[c] = script;
                }
            }
        }
    }

    private static bool TryParseCodePoint(string hex, out int value) =>
        int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) && value <= char.MaxValue;

    private void AddFunctionWords(TrigramModelBuilder?[] builders)
    {
        foreach (var line in reader.ReadIfExists(FunctionWordsFile, 2, 2))
        {
            var language = line.Fields[0];
            var owners = builders.Where(b => b is not null && b.Has(language)).ToArray();
            if (owners.Length == 0)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.LanguageWithoutModel(language, ScriptsFile));
            }

            foreach (var word in DataLine.SplitList(line.Fields[1]))
            {
                var lower = word.ToLowerInvariant();
                if (lower.Length > TrigramModel.MaxWordLength || !lower.All(char.IsLetter))
                {
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadFunctionWord(word, TrigramModel.MaxWordLength));
                }

                foreach (var owner in owners)
                {
                    owner!.AddFunctionWord(language, lower);
                }
            }
        }
    }

    private void AddTraining(TrigramModelBuilder builder, DataLine scriptLine, string language)
    {
        var path = $"{TrainingFolder}/{language}.txt";
        if (!data.Exists(path))
        {
            throw new DataFormatException(scriptLine.File, scriptLine.Number, ErrorCatalogue.MissingTrainingText(language, "data/" + path));
        }

        foreach (var line in reader.Read(path))
        {
            builder.AddText(language, line.Text, folding);
        }
    }
}
