using System.Runtime.CompilerServices;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Computes the clause analysis of a document once and shares it between the stages that read it
/// after event coding (quotes, dates, quantities). Entries die with their document.
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
        return cache.GetValue(document, coder.AnalyzeClauses);
    }
}
