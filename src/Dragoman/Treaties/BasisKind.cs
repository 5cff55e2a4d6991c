namespace Dragoman.Treaties;

/// <summary>Where a fact comes from: the curated knowledge base, a document sentence, or an inference over extracted facts.</summary>
public enum BasisKind
{
    KnowledgeBase,
    Document,
    Inferred,
}
