using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Pipeline;

namespace Dragoman.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Should_RejectStage_When_ItComesBeforeWhatItNeeds()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("tokenize", DocumentLayers.Sentences, DocumentLayers.Tokens))
            .Add(new FakeStage("split", DocumentLayers.None, DocumentLayers.Sentences));
        var error = Assert.Throws<PipelineOrderException>(builder.Build);
        Assert.Contains("tokenize", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sentences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_RunStagesInOrderAndRecordLayers_When_OrderIsRight()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("split", DocumentLayers.None, DocumentLayers.Sentences))
            .Add(new FakeStage("tokenize", DocumentLayers.Sentences, DocumentLayers.Tokens))
            .Build();
        var document = pipeline.Process(new Document("d", "text"));
        Assert.Equal(DocumentLayers.Sentences | DocumentLayers.Tokens, document.Layers);
        Assert.Equal(["split", "tokenize"], pipeline.Stages.Select(s => s.Name));
    }

    private sealed class FakeStage(string name, DocumentLayers needs, DocumentLayers adds) : IPipelineStage
    {
        public string Name => name;

        public DocumentLayers Needs => needs;

        public DocumentLayers Adds => adds;

        public void Process(Document document) => Assert.True(document.Layers.HasFlag(needs));
    }
}
