namespace Dragoman.Actors;

/// <summary>
/// What the matcher remembers while reading one document, for phrases that refer back: people
/// already named (short names), the last person (for "counterpart"), the last country (for "its",
/// "the island") and the document's main country (for a bare "the prime minister").
/// </summary>
public sealed class DocumentMemory
{
    private readonly Dictionary<string, int> countryCounts = new(StringComparer.Ordinal);

    // The country of the last actor named for each sector code ("MIL" → MMR after "la giunta militare birmana").
    private readonly Dictionary<string, string> lastBySector = new(StringComparer.Ordinal);

    private const string GovernmentSector = "GOV";

    // A country code and one sector code: "MMRMIL".
    private const int CountrySectorLength = 6;

    // The country of the last role named with each head noun ("ministry" → CHN after "China's commerce ministry"), for "the ministry".
    private readonly Dictionary<string, string> lastByHead = new(StringComparer.Ordinal);

    // People people.tsv does not know, named after their office ("Interior Cabinet Secretary Kipchumba Murkomen"), by folded surname.
    private readonly Dictionary<string, GazetteerEntry> namedHolders = new(StringComparer.Ordinal);

    // Every country and organisation named so far, in order, for descriptions that stand for the last one they fit.
    private readonly List<Actor> named = [];

    public DocumentMemory(string? homeCountry) => HomeCountry = homeCountry;

    public HashSet<Person> Seen { get; } = [];

    /// <summary>Scratch space for the reasons of the mention being built, reused for every mention of the document.</summary>
    internal ReasonBuffer Reasons { get; } = new();

    public Person? LastPerson { get; private set; }

    /// <summary>The organisation last named and the folded words that named it, for "the bloc", "the council".</summary>
    public (Actor Actor, string Words)? LastOrganisation { get; private set; }

    /// <summary>Remembers an organisation (IGO or NGO code) and the folded text that named it ("the un security council").</summary>
    public void RememberOrganisation(Actor actor, string words)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(words);
        if (actor.Code.StartsWith("IGO", StringComparison.Ordinal) || actor.Code.StartsWith("NGO", StringComparison.Ordinal))
        {
            LastOrganisation = (actor, words);
            named.Add(actor);
        }
    }

    /// <summary>The armed or political group last named by its name (organisations.tsv kind group), for "the group", "i miliziani".</summary>
    public Actor? LastGroup { get; private set; }

    public void RememberGroup(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        LastGroup = actor;
    }

    public string? LastCountry { get; private set; }

    /// <summary>The first country named in the current sentence, its usual topic ("Indonesia …, its foreign minister said").</summary>
    public string? SentenceCountry { get; private set; }

    public void BeginSentence() => SentenceCountry = null;

    /// <summary>The country of the last government actor named: an office holder, a government, a seat.</summary>
    public string? LastGovernmentCountry { get; private set; }

    /// <summary>The country a bare definite role belongs to when nothing was named (Italy in Italian news).</summary>
    public string? HomeCountry { get; }

    /// <summary>
    /// The first country the current sentence names, known before its mentions are composed: a bare definite role of
    /// another sector than the government that opens a document ("Migliaia di sostenitori dell'opposizione sono scesi
    /// in piazza a Douala") belongs to it rather than to the home country.
    /// </summary>
    public string? SentenceHint { get; set; }

    /// <summary>
    /// The country a bare definite role ("the prime minister", "l'esercito") belongs to: that of
    /// the last government actor named, else the country named most often, else the home country.
    /// </summary>
    public (string Country, string Why)? MainCountry(string? sector = null)
    {
        // "Soldati della giunta birmana hanno… Il giorno dopo l'esercito…": a bare role of another sector than the government
        // belongs to the country whose actor of that sector was named last, whatever government was named since.
        if (sector is not null && sector != GovernmentSector && lastBySector.TryGetValue(sector, out var same))
        {
            return (same, "country of the last actor of the same sector named");
        }

        // "Le autorità moldave hanno espulso un diplomatico dell'ambasciata russa… la polizia ha arrestato 74 persone": the
        // police, prosecutors or army with none of their sector named yet belong to the country the story is about, the one
        // named most often, when one is; a foreign government named in passing does not take them.
        if (sector is not null && sector != GovernmentSector && MostNamed() is { } most)
        {
            return (most, "country named most often");
        }

        if (LastGovernmentCountry is not null)
        {
            return (LastGovernmentCountry, "country of the last government actor named");
        }

        if (countryCounts.Count > 0)
        {
            return (countryCounts.MaxBy(p => p.Value).Key, "country named most often");
        }

        // A bare government role with nothing named before is the home government even abroad ("La presidente del
        // Consiglio è volata a Tunisi"); the police, the army or the opposition belong to where the events happen.
        if (SentenceHint is not null && sector is not null && sector != GovernmentSector)
        {
            return (SentenceHint, "first country the sentence names");
        }

        return HomeCountry is null ? null : (HomeCountry, "home country of the document's language");
    }

    /// <summary>Remembers that a role whose last word is <paramref name="head"/> ("ministry") was named for <paramref name="country"/>.</summary>
    public void RememberHead(string head, string country)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(country);
        lastByHead[head] = country;
    }

    /// <summary>
    /// "China's commerce ministry said… The ministry urged Mexico…": a bare definite role whose head noun named a role of a
    /// country before belongs to that country, whatever government was named since.
    /// </summary>
    public string? CountryOfHead(string head) => lastByHead.GetValueOrDefault(head);

    /// <summary>Remembers the holder of an office named with a name people.tsv does not know, so that the surname alone refers back to them.</summary>
    public void RememberHolder(string foldedSurname, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(foldedSurname);
        ArgumentNullException.ThrowIfNull(actor);
        namedHolders[foldedSurname] = new GazetteerEntry(EntryKind.Seat, "document: surname of an office holder named before")
        {
            Code = actor.Code,
            Country = actor.Country,
            Name = actor.Name,
        };
    }

    /// <summary>"… demanded Murkomen's resignation": the office holder named before with this folded surname, or null.</summary>
    public GazetteerEntry? HolderNamed(string foldedSurname) => namedHolders.GetValueOrDefault(foldedSurname);

    /// <summary>The country named more often than any other, or null when none stands out.</summary>
    private string? MostNamed()
    {
        string? best = null;
        int bestCount = 0, second = 0;
        foreach (var (country, count) in countryCounts)
        {
            if (count > bestCount)
            {
                (second, bestCount, best) = (bestCount, count, country);
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return bestCount > second ? best : null;
    }

    private const string AnyCountry = "*";

    /// <summary>
    /// The last country or organisation named ("*": any country) whose country is one of <paramref name="fits"/> or whose code
    /// starts with one of them, other than one of the country <paramref name="except"/>.
    /// </summary>
    public Actor? LastFitting(IReadOnlyList<string> fits, string? except = null)
    {
        ArgumentNullException.ThrowIfNull(fits);
        for (var k = named.Count - 1; k >= 0; k--)
        {
            var actor = named[k];
            if (except is not null && actor.Country == except)
            {
                continue;
            }

            foreach (var fit in fits)
            {
                if (actor.Country == fit || actor.Code.StartsWith(fit, StringComparison.Ordinal) || (fit == AnyCountry && actor.Country is not null))
                {
                    return actor;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Remembers an actor just named; <paramref name="topic"/> is false for one named in a sentence's opening phrase
    /// ("After Spain recognised Palestine, Israel…"), which is not the sentence's topic.
    /// </summary>
    public void Remember(Actor actor, Person? person, bool topic = true)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (person is not null)
        {
            Seen.Add(person);
            LastPerson = person;
        }

        if (actor.Country is not { } country)
        {
            return;
        }

        LastCountry = country;
        named.Add(actor);
        if (topic)
        {
            SentenceCountry ??= country;
        }
        countryCounts[country] = countryCounts.GetValueOrDefault(country) + 1;
        if (person is not null || actor.Code.EndsWith(GovernmentSector, StringComparison.Ordinal))
        {
            LastGovernmentCountry = country;
        }

        if (actor.Code.Length == CountrySectorLength && actor.Code.StartsWith(country, StringComparison.Ordinal))
        {
            lastBySector[actor.Code[country.Length..]] = country;
        }
    }
}
