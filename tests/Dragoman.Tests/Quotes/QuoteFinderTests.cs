using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Quotes;

[Collection(EngineCollection.Name)]
public sealed class QuoteFinderTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("it", "«Siamo pronti a tutto», ha detto Vladimir Putin.", "Siamo pronti a tutto", "Vladimir Putin", true)]
    [InlineData("it", "Vladimir Putin ha detto: «Siamo pronti a tutto».", "Siamo pronti a tutto", "Vladimir Putin", true)]
    [InlineData("it", "Secondo Vladimir Putin, la Russia «è pronta a tutto».", "è pronta a tutto", "Vladimir Putin", true)]
    [InlineData("it", "Kim Jong-un ha definito l'accordo «potente».", "potente", "Kim Jong-un", true)]
    [InlineData("it", "Vladimir Putin ha dichiarato che la Russia non esclude nuove esercitazioni.", "la Russia non esclude nuove esercitazioni", "Vladimir Putin", false)]
    [InlineData("it", "Vladimir Putin è arrivato a Pyongyang. Ha dichiarato che la cooperazione crescerà.", "la cooperazione crescerà", "Vladimir Putin", false)]
    [InlineData("en", "\"We are ready,\" Vladimir Putin said.", "We are ready", "Vladimir Putin", true)]
    [InlineData("en", "According to Vladimir Putin, Russia \"is ready for anything\".", "is ready for anything", "Vladimir Putin", true)]
    [InlineData("en", "Joe Biden called the attack \"an outrage\".", "an outrage", "Joe Biden", true)]
    [InlineData("en", "Joe Biden said that the United States would respond.", "the United States would respond", "Joe Biden", false)]
    [InlineData("en", "Tokyo recalled a Chinese envoy over what it called \"intimidation\" at sea.", "intimidation", "Japan", true)]
    [InlineData("it", "Islamabad ha avvertito che ogni attacco indiano sarà considerato «un atto di guerra».", "un atto di guerra", "Pakistan", true)]
    [InlineData("en", "On Friday, Vice President Kamala Harris called for a \"lasting truce\" in Sudan.", "lasting truce", "Kamala Harris", true)]
    [InlineData("it", "Il ministro degli Esteri ucraino Andrij Sybiha ha detto che Kiev «non cederà».", "non cederà", "Andrii Sybiha", true)]
    public void Should_FindTheQuoteAndItsSpeaker_When_AReportingClauseNamesThem(string language, string text, string quote, string speaker, bool direct)
    {
        var document = fixture.Engine.Process(new Document("q", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.Contains(document.Quotes, q => q.Text == quote && q.Speaker.Name == speaker && q.Direct == direct);
    }

    [Theory]
    [InlineData("it", "L'accordo prevede assistenza reciproca in caso di “aggressione”.")]
    [InlineData("en", "The so-called \"peace plan\" was published on Monday.")]
    public void Should_FindNoQuote_When_QuotationMarksHaveNoSpeaker(string language, string text)
    {
        var document = fixture.Engine.Process(new Document("q", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.Empty(document.Quotes);
    }
}
