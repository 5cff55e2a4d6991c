using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Data;
using Dragoman.Errors;
using Dragoman.Text;

namespace Dragoman.Actors;

/// <summary>Reads data/actors/*.tsv into an <see cref="ActorGazetteer"/>; see data/README.md for the formats.</summary>
public sealed class ActorGazetteerLoader
{
    public const string AnyLanguage = "*";

    private static readonly string[] Languages = ["it", "en"];

    private readonly DataFileReader reader;
    private readonly IPhraseTokenizer tokenizer;
    private readonly Dictionary<string, PhraseTrie> tries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> englishNames = new(StringComparer.Ordinal);
    private readonly RoleIndex roles = new();
    private readonly Dictionary<string, string> homeCountries = new(StringComparer.Ordinal);
    private readonly HashSet<string> definiteSectors = new(StringComparer.Ordinal);
    private readonly HashSet<string> compoundRoles = new(StringComparer.Ordinal);

    public ActorGazetteerLoader(DataDirectory directory, IPhraseTokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(tokenizer);
        reader = new DataFileReader(directory);
        this.tokenizer = tokenizer;
        foreach (var language in Languages.Append(AnyLanguage))
        {
            tries[language] = new PhraseTrie();
        }
    }

    public ActorGazetteer Load()
    {
        LoadNames("actors/countries.tsv");
        LoadNames("actors/organisations.tsv");
        LoadSectors("actors/sectors.tsv");
        LoadReferences("actors/references.tsv");
        LoadDescriptions("actors/descriptions.tsv");
        LoadPeople("actors/people.tsv");
        foreach (var trie in tries.Values)
        {
            trie.Freeze();
        }

        foreach (var (code, name) in englishNames)
        {
            names[code] = name;
        }

        return new ActorGazetteer(tries, roles, names, homeCountries, definiteSectors.ToFrozenSet(StringComparer.Ordinal))
        {
            CompoundRoles = compoundRoles.ToFrozenSet(StringComparer.Ordinal),
        };
    }

    private void LoadNames(string file)
    {
        foreach (var line in reader.Read(file, 4, 4))
        {
            var (code, lang, kind, list) = (line.Fields[0], line.Fields[1], line.Fields[2], DataLine.SplitList(line.Fields[3]));
            CheckCode(line, code);
            var entryKind = kind switch
            {
                "name" => IsOrganisation(code) || file.Contains("organisations", StringComparison.Ordinal) ? EntryKind.Organisation : EntryKind.CountryName,
                "adj" => EntryKind.Demonym,
                "capital" or "city" or "region" => EntryKind.Capital,
                "seat" => EntryKind.Seat,
                "group" => EntryKind.Group,
                _ => throw new DataFormatException(line.File, line.Number, $"unknown kind '{kind}' (name, adj, capital, city, region, seat, group)"),
            };
            if (list.Count == 0)
            {
                throw new DataFormatException(line.File, line.Number, "no names");
            }

            if (entryKind is not EntryKind.Demonym and not EntryKind.Capital)
            {
                // The display name is the first name on a code's first English line, else its first line.
                (lang == "en" ? englishNames : names).TryAdd(code, list[0]);
            }

            var entry = new GazetteerEntry(entryKind, line.Location)
            {
                Code = entryKind is EntryKind.Demonym or EntryKind.Capital ? code[..3] : code,
                Country = entryKind is EntryKind.Organisation or EntryKind.Group ? ActorGazetteer.CountryOf(code) : code[..3],
            };
            AddPhrases(line, lang, list, entry, properName: entryKind is not EntryKind.Demonym);
        }
    }

    private void LoadSectors(string file)
    {
        foreach (var line in reader.Read(file, 4, 5))
        {
            var (lang, sector, title) = (line.Fields[0], line.Fields[1], line.Fields[2]);
            var flag = line.Fields.Count > 4 ? line.Fields[4] : "";
            if (flag is not ("" or "owned"))
            {
                throw new DataFormatException(line.File, line.Number, $"unknown sector flag '{flag}' (owned)");
            }

            if (sector.Length != 3 || !sector.All(char.IsAsciiLetterUpper))
            {
                throw new DataFormatException(line.File, line.Number, $"sector '{sector}' is not a three-letter CAMEO agent code");
            }

            var entry = new GazetteerEntry(EntryKind.Sector, line.Location)
            {
                Code = sector,
                Titles = title == "-" ? [] : title.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                NeedsOwner = flag == "owned",
            };
            AddPhrases(line, lang, DataLine.SplitList(line.Fields[3]), entry, properName: false);
        }
    }

    /// <summary>Descriptions standing for the last actor named that they fit: <c>lang  country|organisation  fits  phrases</c>.</summary>
    private void LoadDescriptions(string file)
    {
        foreach (var line in reader.ReadIfExists(file, 4, 4))
        {
            var kind = line.Fields[1] switch
            {
                "country" => EntryKind.CountryReference,
                "organisation" => EntryKind.OrganisationReference,
                var other => throw new DataFormatException(line.File, line.Number, $"unknown description kind '{other}' (country or organisation)"),
            };
            var fits = DataLine.SplitList(line.Fields[2]).ToArray();
            AddPhrases(line, line.Fields[0], DataLine.SplitList(line.Fields[3]), new GazetteerEntry(kind, line.Location) { Fits = fits }, properName: false);
        }
    }

    private void LoadReferences(string file)
    {
        foreach (var line in reader.ReadIfExists(file, 3, 3))
        {
            var (lang, kind) = (line.Fields[0], line.Fields[1]);
            switch (kind)
            {
                case "pair":
                    AddPhrases(line, lang, DataLine.SplitList(line.Fields[2]), new GazetteerEntry(EntryKind.Pair, line.Location), properName: false);
                    break;
                case "trio":
                    AddPhrases(line, lang, DataLine.SplitList(line.Fields[2]), new GazetteerEntry(EntryKind.Trio, line.Location), properName: false);
                    break;
                case "country":
                    AddPhrases(line, lang, DataLine.SplitList(line.Fields[2]), new GazetteerEntry(EntryKind.CountryReference, line.Location), properName: false);
                    break;
                case "group":
                    AddPhrases(line, lang, DataLine.SplitList(line.Fields[2]), new GazetteerEntry(EntryKind.GroupReference, line.Location), properName: false);
                    break;
                case "organisation" or "organisation-any":
                    foreach (var phrase in DataLine.SplitList(line.Fields[2]))
                    {
                        // The phrase's last word is the noun the organisation's name must hold ("the council" → council).
                        var head = TextFolding.Fold(phrase[(phrase.LastIndexOfAny([' ', '\'']) + 1)..].ToLowerInvariant());
                        var entry = new GazetteerEntry(EntryKind.OrganisationReference, line.Location) { Name = kind == "organisation" ? head : "" };
                        AddPhrases(line, lang, [phrase], entry, properName: false);
                    }

                    break;
                case "home":
                    var code = line.Fields[2];
                    if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
                    {
                        throw new DataFormatException(line.File, line.Number, $"home country '{code}' is not a three-letter code");
                    }

                    homeCountries[lang] = code;
                    break;
                case "definite-sectors":
                    definiteSectors.UnionWith(DataLine.SplitList(line.Fields[2]));
                    break;
                case "compound-roles":
                    compoundRoles.UnionWith(DataLine.SplitList(line.Fields[2]).Select(role => ActorGazetteer.CompoundKey(lang, role.ToLowerInvariant())));
                    break;
                default:
                    throw new DataFormatException(line.File, line.Number, $"unknown reference kind '{kind}' (pair, country, group, organisation, organisation-any, home, definite-sectors, compound-roles)");
            }
        }
    }

    private void LoadPeople(string file)
    {
        foreach (var line in reader.Read(file, 4, 4))
        {
            var person = new Person(line.Fields[0], ParseRoles(line), line.Location);
            roles.Add(person);
            var full = new GazetteerEntry(EntryKind.Person, line.Location) { Person = person, Name = person.Name };
            var aliases = line.Fields[1] == "-" ? [] : DataLine.SplitList(line.Fields[1]);
            AddPhrases(line, AnyLanguage, [person.Name, .. aliases], full, properName: true);
            if (line.Fields[2] != "-")
            {
                var shortEntry = full with { Kind = EntryKind.PersonShort };
                AddPhrases(line, AnyLanguage, DataLine.SplitList(line.Fields[2]), shortEntry, properName: true);
            }
        }
    }

    private static List<PersonRole> ParseRoles(DataLine line)
    {
        var result = new List<PersonRole>();
        foreach (var part in line.Fields[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bits = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var range = bits.Length == 3 ? bits[2].Split("..") : [];
            if (bits.Length != 3 || range.Length != 2)
            {
                throw new DataFormatException(line.File, line.Number, $"role '{part}' is not 'CODE TITLE FROM..TO'");
            }

            var role = new PersonRole(bits[0], bits[1], ParseDate(line, range[0]), ParseDate(line, range[1]));
            if (role.From > role.To)
            {
                throw new DataFormatException(line.File, line.Number, $"role '{part}' ends before it starts");
            }

            result.Add(role);
        }

        return result;
    }

    private static DateOnly? ParseDate(DataLine line, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DataFormatException(line.File, line.Number, $"'{text}' is not a YYYY-MM-DD date");
    }

    private void AddPhrases(DataLine line, string lang, IEnumerable<string> phrases, GazetteerEntry entry, bool properName)
    {
        if (lang != AnyLanguage && !tries.ContainsKey(lang))
        {
            throw new DataFormatException(line.File, line.Number, $"unknown language '{lang}'");
        }

        foreach (var phrase in phrases)
        {
            var caseSensitive = phrase.Length <= 5 && !phrase.Contains(' ', StringComparison.Ordinal) && phrase.Any(char.IsUpper) && phrase.Skip(1).Any(char.IsUpper);
            var specific = entry with
            {
                CaseSensitive = caseSensitive,
                NeedsCapital = properName && char.IsUpper(phrase[0]),
            };
            foreach (var target in lang == AnyLanguage ? tries.Keys.ToArray() : [lang, AnyLanguage])
            {
                var exact = tokenizer.Split(phrase, target == AnyLanguage ? lang : target);
                if (exact.Count == 0)
                {
                    throw new DataFormatException(line.File, line.Number, $"phrase '{phrase}' has no tokens");
                }

                tries[target].Add(exact.Select(TextFolding.Fold).ToArray(), new PhraseEntry(specific, exact));
            }
        }
    }

    private static bool IsOrganisation(string code) =>
        code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal);

    private static void CheckCode(DataLine line, string code)
    {
        if (code.Length is < 3 or > 9 || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            throw new DataFormatException(line.File, line.Number, $"'{code}' is not an actor code (3-9 upper-case letters or digits)");
        }
    }
}
