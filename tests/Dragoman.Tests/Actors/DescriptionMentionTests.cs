using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>Descriptions standing alone (actors/descriptions.tsv) name the last actor of the document they fit.</summary>
[Collection(EngineCollection.Name)]
public sealed class DescriptionMentionTests(EngineFixture fixture)
{
    private string? CodeOf(string text, string phrase)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 9, 1) }));
        var start = text.LastIndexOf(phrase, StringComparison.Ordinal);
        return document.Mentions.FirstOrDefault(m => m.Start <= start && m.End >= start + phrase.Length)?.Actor.Primary;
    }

    [Theory]
    [InlineData("Taiwan said China sent warplanes toward the island.", "the island", "TWN")]
    [InlineData("Kosovo police clashed with Serbs, and Serbia said the Balkan nation would defend them.", "the Balkan nation", "SRB")]
    [InlineData("Iran and Qatar held talks, and the Gulf state said it would mediate.", "the Gulf state", "QAT")]
    [InlineData("The EU lost a case at the WTO, and China urged the bloc to comply.", "the bloc", "IGOEUREEC")]
    [InlineData("Jordan welcomed the truce, and the kingdom's foreign minister praised Egypt.", "the kingdom", "JOR")]
    public void Should_NameTheLastFittingActor_When_ADescriptionStandsForIt(string text, string phrase, string code) =>
        Assert.Equal(code, CodeOf(text, phrase));

    [Theory]
    [InlineData("Germany and France met, and the Gulf state was not invited.", "the Gulf state")]
    [InlineData("Japan sent firefighters to Greece, where blazes hit the island of Rhodes.", "the island")]
    public void Should_NameNoActor_When_NothingNamedBeforeFitsOrTheNameFollows(string text, string phrase) =>
        Assert.Null(CodeOf(text, phrase));
}
