namespace Dragoman.Treaties;

/// <summary>One treaty as a document describes it, filled in sentence by sentence, then built into a <see cref="Treaty"/>.</summary>
internal sealed class TreatyDraft(int number)
{
    private readonly Dictionary<(ProvisionType, bool), ProvisionDraft> provisions = [];
    private readonly List<TreatyMentionSpan> mentions = [];
    private List<TreatyParty> parties = [];
    private PartySource partySource;

    public int Number { get; } = number;

    public bool IsMain { get; init; }

    public int? Year { get; set; }

    public string? KnowledgeBaseId { get; init; }

    public FuzzyDate? Signed { get; set; }

    public TreatyStatus? Status { get; private set; }

    public FactBasis? StatusBasis { get; private set; }

    public FuzzyDate? Ended { get; set; }

    public string? EndReason { get; set; }

    /// <summary>A succession stated in the text, applied again once the parties are final.</summary>
    public (string Predecessor, string Successor, FuzzyDate Date)? PendingSuccession { get; set; }

    public int LastSentence { get; private set; } = -1;

    public List<string> Supersedes { get; } = [];

    public IReadOnlyList<TreatyParty> Parties => parties;

    public bool HasProvisions => provisions.Count > 0;

    public FactBasis? FirstBasis { get; private set; }

    public void AddMention(TreatyMentionSpan span, FactBasis basis)
    {
        mentions.Add(span);
        LastSentence = span.Sentence;
        FirstBasis ??= basis;
    }

    public void SetStatus(TreatyStatus status, FactBasis basis, bool overrideSigned = true)
    {
        if (Status is null || (overrideSigned && Status == TreatyStatus.Signed && status != TreatyStatus.Signed))
        {
            Status = status;
            StatusBasis = basis;
        }
    }

    public void SetParties(IReadOnlyList<string> codes, PartySource source, FactBasis basis)
    {
        if (source <= partySource || codes.Count < 2)
        {
            return;
        }

        partySource = source;
        parties = codes.Distinct(StringComparer.Ordinal).Select(c => new TreatyParty(c) { Basis = basis }).ToList();
    }

    /// <summary>A state that ceased to exist: parties named by the successor become the original party when the treaty predates the succession.</summary>
    public void ApplySuccession(string predecessor, string successor, FuzzyDate date)
    {
        if (Year is { } year && year > date.Latest.Year)
        {
            return;
        }

        parties = parties.Select(p => p.Code == successor || p.Code == predecessor
            ? p with { Code = predecessor, Successor = successor, SuccessionDate = date }
            : p).ToList();
    }

    public ProvisionDraft Provision(ProvisionType type, bool excluded, FactBasis basis)
    {
        if (!provisions.TryGetValue((type, excluded), out var draft))
        {
            draft = new ProvisionDraft(type, excluded, basis);
            provisions[(type, excluded)] = draft;
        }

        return draft;
    }

    public Treaty Build(string documentId, string fallbackName, DateOnly? statedOn)
    {
        var name = mentions.OrderByDescending(m => m.Text.Length).Select(m => m.Text).FirstOrDefault() ?? fallbackName;
        return new Treaty
        {
            Id = $"{documentId}#t{Number}",
            Name = name,
            Parties = parties,
            Signed = Signed ?? (Year is { } y ? FuzzyDate.OfYear(y) : null),
            Ended = Ended,
            EndReason = EndReason,
            Status = Status ?? TreatyStatus.Unknown,
            Supersedes = Supersedes.Select(s => documentId + s).ToArray(),
            Provisions = provisions.Values.Select(p => p.Build()).ToArray(),
            Basis = StatusBasis ?? FirstBasis ?? new FactBasis(BasisKind.Document, documentId),
            DocumentId = documentId,
            StatedOn = statedOn,
            Mentions = mentions,
            KnowledgeBaseId = KnowledgeBaseId,
        };
    }
}
