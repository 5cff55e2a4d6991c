using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Encounters named by a noun: meetings, talks, calls and visits.</summary>
[Collection(EngineCollection.Name)]
public sealed class NominalEventsTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Macron's meeting with Erdogan in Ankara lasted three hours.", "FRA", "TUR", "04")]
    [InlineData("Talks between the leaders of Armenia and Azerbaijan ended late on Monday.", "ARM", "AZE", "04")]
    [InlineData("Japan praised Vietnam in a phone call with Hanoi's prime minister.", "JPN", "VNM", "04")]
    [InlineData("Chile lifted its tariffs after a visit to Santiago by a Chinese envoy.", "CHN", "CHL", "04")]
    public void Should_CodeTheEncounter_When_ANounNamesIt(string text, string source, string target, string root)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("There were no talks with Iran on Monday, Oman said.")]
    [InlineData("Egypt could hold a meeting with Israel next week.")]
    public void Should_CodeNoEncounter_When_NegatedOrHypothetical(string text) =>
        Assert.DoesNotContain(Code(text), e => !e.Negated && e.Mood == EventMood.Asserted && e.Cameo.StartsWith("04", StringComparison.Ordinal));
}
