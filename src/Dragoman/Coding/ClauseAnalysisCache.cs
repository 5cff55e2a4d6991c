using System.Runtime.CompilerServices;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// The clause analysis of a document for the stages that read it after event coding (quotes, dates,
/// quantities): the one the event coder left on the document, else computed once and kept while the
/// document lives.
/// </summary>
public sealed class ClauseAnalysisCache
{
    private readonly EventCoder coder;
    private readonly ConditionalWeakTable<Document, IReadOnlyList<SentenceAnalysis>> cache = [];

    public ClauseAnalysisCache(EventCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        this.coder = coder;
    }

    public IReadOnlyList<SentenceAnalysis> Get(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Clauses ?? cache.GetValue(document, coder.AnalyzeClauses);
    }
}
