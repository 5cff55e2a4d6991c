using Dragoman.Actors;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Engine;

/// <summary>
/// Validates every data file: loading reports format errors as file:line; then cross-checks that
/// loading cannot see (overlapping roles, names that map to different actors).
/// </summary>
public sealed class DataChecker
{
    private readonly DataDirectory data;

    public DataChecker(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.data = data;
    }

    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        try
        {
            DragomanEngine.Load(data);
        }
        catch (DragomanException e)
        {
            problems.Add(e.Message);
            return problems;
        }

        problems.AddRange(OverlappingRoles());
        problems.AddRange(UnknownTriggers());
        problems.AddRange(ConflictingNames());
        problems.AddRange(ElidedGrammarWords());
        return problems;
    }

    private IEnumerable<string> OverlappingRoles()
    {
        foreach (var line in new DataFileReader(data).Read("actors/people.tsv", 4, 4))
        {
            var roles = line.Fields[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(b => b.Length == 3)
                .Select(b => (Title: b[1], Range: b[2].Split("..")))
                .Select(r => (r.Title, From: Parse(r.Range[0]) ?? DateOnly.MinValue, To: Parse(r.Range[1]) ?? DateOnly.MaxValue))
                .ToList();
            for (var i = 0; i < roles.Count; i++)
            {
                for (var j = i + 1; j < roles.Count; j++)
                {
                    if (roles[i].Title == roles[j].Title && roles[i].From <= roles[j].To && roles[j].From <= roles[i].To)
                    {
                        yield return ErrorCatalogue.DataLine(line.File, line.Number, $"two {roles[i].Title} roles overlap in time");
                    }
                }
            }
        }
    }

    /// <summary>A pattern whose trigger the lexicon cannot inflect never fires: every trigger must be a known verb.</summary>
    private IEnumerable<string> UnknownTriggers()
    {
        var codebook = Cameo.CameoCodebook.Load(data);
        foreach (var language in DragomanEngine.Languages)
        {
            var verbs = Lexicon.Lexicon.Load(data, language).VerbLemmas;
            foreach (var pattern in Coding.PatternDictionary.Load(data, language, codebook).All.Where(p => !verbs.Contains(p.Lemma)))
            {
                yield return $"data/{pattern.Rule}: trigger '{pattern.Lemma}' is not a verb of data/languages/{language}/verbs.txt";
            }
        }
    }

    /// <summary>
    /// The tokenizer splits an elided article or preposition from the word after it ("nell'ambito" → "nell'" "ambito"), so a
    /// grammar item written glued never matches: it must be written "nell' ambito".
    /// </summary>
    private IEnumerable<string> ElidedGrammarWords()
    {
        var reader = new DataFileReader(data);
        foreach (var language in DragomanEngine.Languages)
        {
            var elided = reader.ReadIfExists($"languages/{language}/elisions.txt", 1, 1).Select(l => l.Fields[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            foreach (var line in reader.Read($"patterns/{language}/grammar.tsv", 2, 2))
            {
                foreach (var word in line.Fields[1].Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
                    if (apostrophe > 0 && apostrophe < word.Length - 1 && elided.Contains(word[..apostrophe].ToLowerInvariant()))
                    {
                        yield return ErrorCatalogue.DataLine(line.File, line.Number, $"'{word}' never matches: the tokenizer splits it after the apostrophe; write '{word[..(apostrophe + 1)]} {word[(apostrophe + 1)..]}'");
                    }
                }
            }
        }
    }

    private IEnumerable<string> ConflictingNames()
    {
        var seen = new Dictionary<(string, string), (string Code, string Where)>();
        foreach (var file in new[] { "actors/countries.tsv", "actors/organisations.tsv" })
        {
            foreach (var line in new DataFileReader(data).Read(file, 4, 4))
            {
                if (line.Fields[2] is "adj")
                {
                    continue;
                }

                foreach (var name in DataLine.SplitList(line.Fields[3]))
                {
                    foreach (var lang in line.Fields[1] == "*" ? new[] { "it", "en" } : [line.Fields[1]])
                    {
                        var key = (lang, TextFolding.Fold(name));
                        var country = ActorGazetteer.CountryOf(line.Fields[0]) ?? line.Fields[0];
                        if (seen.TryGetValue(key, out var other) && (ActorGazetteer.CountryOf(other.Code) ?? other.Code) != country)
                        {
                            yield return ErrorCatalogue.DataLine(line.File, line.Number, $"'{name}' ({lang}) also names {other.Code} at {other.Where}");
                        }

                        seen.TryAdd(key, (line.Fields[0], line.Location));
                    }
                }
            }
        }
    }

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;
}
