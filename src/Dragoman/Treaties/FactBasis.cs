namespace Dragoman.Treaties;

/// <summary>
/// Why Dragoman believes a fact: a knowledge-base citation (treaty, article, data line) or the
/// document sentence that states it.
/// </summary>
public sealed record FactBasis(BasisKind Kind, string Citation)
{
    public string? DocumentId { get; init; }

    public int? Sentence { get; init; }

    /// <summary>The sentence text for document facts; null for knowledge-base facts.</summary>
    public string? Text { get; init; }

    public static FactBasis FromKnowledgeBase(string citation, string location) =>
        new(BasisKind.KnowledgeBase, $"{citation} [{location}]");

    public static FactBasis FromSentence(string documentId, int sentence, string text) =>
        new(BasisKind.Document, $"{documentId} sentence {sentence}") { DocumentId = documentId, Sentence = sentence, Text = text };

    public override string ToString() => Text is null ? Citation : $"{Citation}: \"{Text}\"";
}
