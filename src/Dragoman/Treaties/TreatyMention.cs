namespace Dragoman.Treaties;

/// <summary>One place where a sentence names a treaty, before coreference.</summary>
internal sealed record TreatyMention(int Sentence, int WordStart, int WordEnd)
{
    public int? Year { get; init; }

    public bool IsNew { get; init; }

    public bool IsDistal { get; init; }

    public string? KnowledgeBaseId { get; init; }

    public ProvisionType? QualifierType { get; init; }

    /// <summary>Word position just after the mention's qualifiers and year, where "tra X e Y" may start.</summary>
    public int After { get; init; }
}
