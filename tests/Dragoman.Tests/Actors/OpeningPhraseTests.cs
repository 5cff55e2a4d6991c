using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>"its" belongs to the sentence's topic, not to a country named in the phrase that opens the sentence.</summary>
[Collection(EngineCollection.Name)]
public sealed class OpeningPhraseTests(EngineFixture fixture)
{
    private string? CountryOf(string text, string phrase)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 1) }));
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return document.Mentions.FirstOrDefault(m => m.Start == start)?.Actor.Country;
    }

    [Theory]
    [InlineData("After Spain, Ireland and Norway recognised a Palestinian state, Israel decided to recall its ambassadors.", "its ambassadors", "ISR")]
    [InlineData("Following talks with France, Germany said its troops would stay in Lithuania.", "its troops", "DEU")]
    [InlineData("In response to Russia's move, Estonia expelled its ambassador.", "its ambassador", "EST")]
    [InlineData("Speaking in Ankara, Greece's foreign minister said its navy would stay in port.", "its navy", "GRC")]
    public void Should_GiveItsToTheMainClauseCountry_When_AnotherIsNamedInTheOpeningPhrase(string text, string phrase, string country) =>
        Assert.Equal(country, CountryOf(text, phrase));

    [Fact]
    public void Should_KeepTheFirstCountry_When_TheSentenceOpensWithItsSubject() =>
        Assert.Equal("ESP", CountryOf("Spain, Ireland and Norway recognised Palestine, and Israel recalled its ambassadors.", "its ambassadors"));
}
