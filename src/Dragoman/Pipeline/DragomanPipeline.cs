using System.Collections.Immutable;
using Dragoman.Documents;

namespace Dragoman.Pipeline;

/// <summary>An immutable, ordered list of stages; safe to share between threads.</summary>
public sealed class DragomanPipeline
{
    internal DragomanPipeline(ImmutableArray<IPipelineStage> stages) => Stages = stages;

    public ImmutableArray<IPipelineStage> Stages { get; }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            stage.Process(document);
            document.MarkAdded(stage.Adds);
        }

        return document;
    }
}
