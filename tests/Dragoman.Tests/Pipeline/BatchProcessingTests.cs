using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Tests.Golden;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Pipeline;

public sealed class BatchProcessingTests : IClassFixture<EngineFixture>
{
    private readonly EngineFixture fixture;

    public BatchProcessingTests(EngineFixture fixture) => this.fixture = fixture;

    [Theory]
    [InlineData("events-en-*.md", 7)]
    [InlineData("events-it-*.md", 64)]
    public void Should_CodeTheSameRecords_When_DocumentsRunStageByStageInABatch(string specs, int batchSize)
    {
        var cases = SpecFileParser.ReadAll(specs);
        var alone = cases.Select(c => Describe(fixture.Engine.Process(Fresh(c)))).ToList();

        var batched = new List<string>();
        foreach (var chunk in cases.Chunk(batchSize))
        {
            var documents = chunk.Select(Fresh).ToList();
            var errors = fixture.Engine.Pipeline.ProcessBatch(documents);
            Assert.All(errors, Assert.Null);
            batched.AddRange(documents.Select(Describe));
        }

        Assert.Equal(alone, batched);
    }

    [Fact]
    public void Should_ReportTheRejectedDocumentAndFinishTheOthers_When_OneInTheBatchCannotBeRead()
    {
        var documents = new List<Document>
        {
            new("first", "Russia condemned the strike on Kyiv.", new DocumentInfo { Language = "en" }),
            new("bad", "Le gouvernement a condamné l'attaque.", new DocumentInfo { Language = "fr" }),
            new("last", "La Francia ha condannato l'attacco contro Kiev.", new DocumentInfo { Language = "it" }),
        };

        var errors = fixture.Engine.Pipeline.ProcessBatch(documents);

        Assert.Null(errors[0]);
        Assert.IsType<UnsupportedLanguageException>(errors[1]);
        Assert.Contains("bad", errors[1]!.Message, StringComparison.Ordinal);
        Assert.Null(errors[2]);
        Assert.NotEmpty(documents[0].Events);
        Assert.NotEmpty(documents[2].Events);
    }

    private static Document Fresh(SpecCase c) => new(c.Id, c.Text, new DocumentInfo { Language = c.Language, PublicationDate = c.Date });

    private static string Describe(Document d) =>
        string.Join(" | ", d.Events.Select(e => $"{e.Sentence}:{e.Source?.Code}>{e.Cameo}>{e.Target?.Code}:{e.Mood}:{e.Negated}"))
        + $" quotes {d.Quotes.Count} treaties {d.Treaties.Count} mentions {d.Mentions.Count}";
}
