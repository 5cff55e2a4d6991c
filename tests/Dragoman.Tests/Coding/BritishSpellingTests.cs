using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>British wire spelling doubles a final -l (cancelled, travelled): those forms are verbs too.</summary>
[Collection(EngineCollection.Name)]
public sealed class BritishSpellingTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Jordan cancelled a planned summit with Egypt.", "JOR", "12", "EGY")]
    [InlineData("Japan's prime minister travelled to Kyiv.", "JPN", "04", "UKR")]
    [InlineData("Japan's prime minister traveled to Kyiv.", "JPN", "04", "UKR")]
    public void Should_ReadTheVerb_When_ItIsSpelledTheBritishOrTheAmericanWay(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
}
