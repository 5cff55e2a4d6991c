using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Engine;
using Dragoman.Errors;

namespace Dragoman.Evaluation;

/// <summary>Codes each gold document with the engine and scores its asserted events.</summary>
public sealed class GoldEvaluator
{
    private readonly DragomanEngine engine;

    public GoldEvaluator(DragomanEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        this.engine = engine;
    }

    public IReadOnlyList<DocumentScore> Evaluate(IEnumerable<GoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var scores = new List<DocumentScore>();
        foreach (var gold in documents)
        {
            var document = new Document(gold.Id, gold.Text, new DocumentInfo { Language = gold.Language is { } language && DragomanEngine.Languages.Contains(language) ? language : null, PublicationDate = gold.Date });
            try
            {
                engine.Process(document);
            }
            catch (DragomanException)
            {
                document.Events = [];
            }

            scores.Add(EventScorer.Score(gold, Triples(document)));
        }

        return scores;
    }

    public static IReadOnlySet<PredictedTriple> Triples(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Events
            .Where(e => !e.Negated && e.Mood != EventMood.Hypothetical)
            .Select(e => new PredictedTriple(e.Source?.Primary, e.Target?.Primary, e.Cameo[..2]))
            .ToHashSet();
    }
}
