using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>What a negated verb of saying or confirming introduces is not asserted.</summary>
[Collection(EngineCollection.Name)]
public sealed class UnconfirmedReportTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string language, string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("en", "Seoul has not confirmed reports that North Korean soldiers are fighting in Russia's Kursk region.")]
    [InlineData("en", "Washington did not confirm that Israeli jets had struck Iran.")]
    public void Should_CodeNoAssertedEvent_When_ANegatedVerbOfSayingIntroducesIt(string language, string text) =>
        Assert.DoesNotContain(Code(language, text), e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && !e.Negated && e.Mood != EventMood.Hypothetical);

    [Theory]
    [InlineData("en", "Washington confirmed that Israeli jets had struck Iran.", "ISR", "IRN")]
    public void Should_CodeTheEvent_When_TheVerbOfSayingIsNotNegated(string language, string text, string source, string target) =>
        Assert.Contains(Code(language, text), e => e.Source?.Primary == source && e.Target?.Primary == target && !e.Negated);
}
