using Dragoman.Documents;

namespace Dragoman.Pipeline;

/// <summary>One step of the pipeline: reads the layers it needs, adds the layers it declares.</summary>
public interface IPipelineStage
{
    string Name { get; }

    DocumentLayers Needs { get; }

    DocumentLayers Adds { get; }

    void Process(Document document);
}
