using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Quantities;

[Collection(EngineCollection.Name)]
public sealed class QuantityFinderTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("it", "La Corea del Nord ha inviato oltre 11.000 container di munizioni.", 11000, "container", "min")]
    [InlineData("it", "L'Unione europea ha stanziato 500 milioni di euro per l'Ucraina.", 500000000, "euro", "exact")]
    [InlineData("it", "Il governo ha promesso 1,5 milioni di euro.", 1500000, "euro", "exact")]
    [InlineData("it", "Decine di civili sono stati uccisi.", 10, "civile", "min")]
    [InlineData("en", "Congress approved $61 billion in aid for Ukraine.", 61000000000, "dollar", "exact")]
    [InlineData("en", "The strike killed more than 45 people in Rafah.", 45, "people", "min")]
    [InlineData("en", "Russia fired 1.5 million shells last year.", 1500000, "shell", "exact")]
    [InlineData("en", "Hundreds of soldiers crossed the border.", 100, "soldier", "min")]
    [InlineData("en", "Israeli strikes killed at least 20 Palestinians in Gaza.", 20, "palestinians", "min")]
    [InlineData("it", "I raid israeliani hanno ucciso almeno 20 palestinesi a Gaza.", 20, "palestinesi", "min")]
    [InlineData("en", "Russia sent more than 11,000 containers of munitions.", 11000, "container", "min")]
    public void Should_ReadValueUnitAndBound_When_ASentenceCountsSomething(string language, string text, double value, string unit, string bound)
    {
        var document = fixture.Engine.Process(new Document("q", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.Contains(document.Quantities, q => q.Value == value && q.Unit == unit && q.Bound == bound);
    }

    [Theory]
    [InlineData("it", "Il trattato del 1961 è stato firmato il 19 giugno 2024.")]
    [InlineData("en", "The treaty was signed on June 19, 2024, in 1961 terms.")]
    public void Should_NotCountYearsOrDays_When_TheyAreDates(string language, string text)
    {
        var document = fixture.Engine.Process(new Document("q", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.DoesNotContain(document.Quantities, q => q.Value is 1961 or 2024 or 19);
    }
}
