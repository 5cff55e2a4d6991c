namespace Dragoman.Treaties;

/// <summary>
/// A treaty after ATOP: parties, dates, status, supersession and provisions, each fact with its basis.
/// Built by the knowledge-base loader or by extraction from a document; immutable once built.
/// </summary>
public sealed class Treaty
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<TreatyParty> Parties { get; init; } = [];

    public FuzzyDate? Signed { get; init; }

    public FuzzyDate? InForce { get; init; }

    public FuzzyDate? Ended { get; init; }

    public string? EndReason { get; init; }

    public TreatyStatus Status { get; init; }

    public IReadOnlyList<string> Supersedes { get; init; } = [];

    public string? SupersededBy { get; internal set; }

    public IReadOnlyList<Provision> Provisions { get; init; } = [];

    /// <summary>False for agreements people mistake for alliances (access agreements, technology partnerships).</summary>
    public bool IsAlliance { get; init; } = true;

    public string? Note { get; init; }

    public required FactBasis Basis { get; init; }

    /// <summary>The document that stated the treaty, or null for the knowledge base.</summary>
    public string? DocumentId { get; init; }

    /// <summary>For an extracted treaty, the publication date of the document that states it.</summary>
    public DateOnly? StatedOn { get; init; }

    public IReadOnlyList<TreatyMentionSpan> Mentions { get; init; } = [];

    /// <summary>For an extracted treaty named by a knowledge-base alias ("Article 5"), the id it names.</summary>
    public string? KnowledgeBaseId { get; init; }

    public int? Year => Signed?.Year;

    public bool IsFromKnowledgeBase => DocumentId is null;

    public bool HasParty(string code) => Parties.Any(p => p.Names(code));
}
