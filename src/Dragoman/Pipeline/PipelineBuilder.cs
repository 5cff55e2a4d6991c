using System.Collections.Immutable;
using Dragoman.Documents;
using Dragoman.Errors;

namespace Dragoman.Pipeline;

/// <summary>Collects stages and checks that each one comes after the stages adding what it needs.</summary>
public sealed class PipelineBuilder
{
    private readonly ImmutableArray<IPipelineStage>.Builder stages = ImmutableArray.CreateBuilder<IPipelineStage>();

    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        stages.Add(stage);
        return this;
    }

    public DragomanPipeline Build()
    {
        var available = DocumentLayers.None;
        foreach (var stage in stages)
        {
            var missing = stage.Needs & ~available;
            if (missing != DocumentLayers.None)
            {
                throw new PipelineOrderException(ErrorCatalogue.PipelineOrder(stage.Name, missing.ToString()));
            }

            available |= stage.Adds;
        }

        return new DragomanPipeline(stages.ToImmutable());
    }
}
