using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Data;
using Dragoman.Errors;
using Dragoman.Text;

namespace Dragoman.Treaties;

/// <summary>
/// The treaty cue lexicon of one language (<c>data/treaties/cues-&lt;iso&gt;.tsv</c>) plus the
/// knowledge-base aliases, compiled into a phrase index and frozen sets. Immutable.
/// </summary>
public sealed class TreatyCues
{
    private TreatyCues(string language, PhraseCueSet phrases, FrozenSet<string> signLemmas, FrozenSet<string> skipped, FrozenDictionary<string, int> weekdays, PhraseCueSet factPhrases)
    {
        Language = language;
        Phrases = phrases;
        FactPhrases = factPhrases;
        SignLemmas = signLemmas;
        Skipped = skipped;
        Weekdays = weekdays;
    }

    public string Language { get; }

    public PhraseCueSet Phrases { get; }

    public FrozenSet<string> SignLemmas { get; }

    /// <summary>
    /// The cues without which a sentence adds nothing: treaty heads, aliases and provisions.
    /// A sentence holding none of them is skipped.
    /// </summary>
    public PhraseCueSet FactPhrases { get; }

    /// <summary>Tokens left out of cue matching (quotation marks).</summary>
    public FrozenSet<string> Skipped { get; }

    /// <summary>Weekday word → ISO day number (1 = Monday).</summary>
    public FrozenDictionary<string, int> Weekdays { get; }

    public static string FileOf(string language) => $"treaties/cues-{language}.tsv";

    public static TreatyCues Load(DataDirectory data, string language, IPhraseTokenizer tokenizer, TreatyKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var phrases = new List<TreatyCue>();
        var signs = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var weekdays = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in new DataFileReader(data).Read(FileOf(language), 2, 4))
        {
            var kind = KindOf(line);
            var value = line.Fields.Count > 2 ? line.Fields[2] : null;
            switch (kind)
            {
                case CueKind.Sign: signs.Add(line.Fields[1]); continue;
                case CueKind.Skip: skipped.Add(line.Fields[1]); continue;
                case CueKind.Weekday:
                    weekdays[line.Fields[1]] = value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 7
                        ? day
                        : throw new DataFormatException(line.File, line.Number, ErrorCatalogue.CueNeedsValue("weekday"));
                    continue;
                case CueKind.Qualifier or CueKind.Provision or CueKind.Automatic or CueKind.Discretionary or CueKind.Condition or CueKind.Status or CueKind.EndEvent when value is null:
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.CueNeedsValue(line.Fields[0]));
                default: break;
            }

            Validate(line, kind, value);
            phrases.Add(new TreatyCue(kind, Words(tokenizer, line.Fields[1], language), value, line.Fields.Count > 3 ? line.Fields[3] : null, line.Location));
        }

        foreach (var treaty in knowledgeBase.Treaties)
        {
            phrases.AddRange(treaty.Aliases.Select(alias => new TreatyCue(CueKind.Alias, Words(tokenizer, alias, language), treaty.Id, null, treaty.Basis.Citation)));
        }

        var factPhrases = new PhraseCueSet(phrases.Where(c => c.Kind is CueKind.Head or CueKind.Alias or CueKind.Provision or CueKind.Automatic or CueKind.Discretionary));
        return new TreatyCues(language, new PhraseCueSet(phrases), signs.ToFrozenSet(StringComparer.Ordinal), skipped.ToFrozenSet(StringComparer.Ordinal), weekdays.ToFrozenDictionary(StringComparer.Ordinal), factPhrases);
    }

    private static IReadOnlyList<string> Words(IPhraseTokenizer tokenizer, string phrase, string language) =>
        tokenizer.Split(phrase, language).Select(Chars.LowerOf).ToArray();

    private static void Validate(DataLine line, CueKind kind, string? value)
    {
        var bad = kind switch
        {
            CueKind.Provision or CueKind.Automatic or CueKind.Discretionary => value is not ("defence" or "offence" or "neutrality" or "nonaggression" or "consultation"),
            CueKind.Qualifier => value is not ("-" or "defence" or "offence" or "neutrality" or "nonaggression" or "consultation"),
            CueKind.Status => value is null || TreatyValues.TryStatus(value) is null,
            CueKind.Condition => value is not ("state_of_war" or "non_provocation" or "location" or "adversary" or "conflict"),
            CueKind.EndEvent => value is null || !FuzzyDate.TryParse(value, out _),
            _ => false,
        };
        if (bad)
        {
            throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadTreatyValue($"{line.Fields[0]} value", value ?? string.Empty, "see data/README.md, section treaties/"));
        }
    }

    private static CueKind KindOf(DataLine line) => line.Fields[0] switch
    {
        "head" => CueKind.Head,
        "qualifier" => CueKind.Qualifier,
        "provision" => CueKind.Provision,
        "automatic" => CueKind.Automatic,
        "discretionary" => CueKind.Discretionary,
        "negator" => CueKind.Negator,
        "condition" => CueKind.Condition,
        "status" => CueKind.Status,
        "end-event" => CueKind.EndEvent,
        "new" => CueKind.New,
        "distal" => CueKind.Distal,
        "between" => CueKind.Between,
        "and" => CueKind.And,
        "year-prep" => CueKind.YearPreposition,
        "sign" => CueKind.Sign,
        "weekday" => CueKind.Weekday,
        "skip" => CueKind.Skip,
        _ => throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownCueKind(line.Fields[0])),
    };
}
