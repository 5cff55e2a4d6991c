using System.Globalization;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Time;

[Collection(EngineCollection.Name)]
public sealed class TimeExpressionFinderTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("it", "Il vertice si è tenuto mercoledì a Mosca.", "2024-06-19")]
    [InlineData("it", "Ieri il governo ha approvato la legge.", "2024-06-19")]
    [InlineData("it", "L'altro ieri il governo ha approvato la legge.", "2024-06-18")]
    [InlineData("it", "Domani il ministro incontrerà il suo omologo.", "2024-06-21")]
    [InlineData("it", "L'accordo è stato firmato il 19 giugno 2024.", "2024-06-19")]
    [InlineData("it", "L'accordo è stato firmato il 19/06/2024.", "2024-06-19")]
    [InlineData("it", "Lo scorso 8 dicembre i ribelli hanno preso Damasco.", "2023-12-08")]
    [InlineData("it", "La settimana scorsa il premier ha visitato Kiev.", "2024-06-13")]
    [InlineData("it", "Nel 2000 i due paesi firmarono un trattato.", "2000-01-01")]
    [InlineData("en", "The summit was held on Wednesday in Moscow.", "2024-06-19")]
    [InlineData("en", "Yesterday the government approved the law.", "2024-06-19")]
    [InlineData("en", "The pact was signed on June 19, 2024.", "2024-06-19")]
    [InlineData("en", "The pact was signed on 19 June 2024.", "2024-06-19")]
    [InlineData("en", "The pact was signed on 2024-06-19.", "2024-06-19")]
    [InlineData("en", "Last month the ministers met in Rome.", "2024-05-01")]
    [InlineData("en", "The two countries signed a treaty in 1961.", "1961-01-01")]
    [InlineData("en", "Three days ago the army shelled the town.", "2024-06-17")]
    [InlineData("en", "The envoy left Kabul two weeks ago.", "2024-06-06")]
    [InlineData("en", "A year ago the talks collapsed.", "2023-01-01")]
    [InlineData("en", "Earlier this month the ministers met in Rome.", "2024-06-01")]
    [InlineData("it", "Tre giorni fa l'esercito ha bombardato la città.", "2024-06-17")]
    [InlineData("it", "L'inviato ha lasciato Kabul due settimane fa.", "2024-06-06")]
    [InlineData("it", "Sei mesi fa i colloqui sono falliti.", "2023-12-01")]
    [InlineData("it", "Quest'anno i ministri si sono incontrati a Roma.", "2024-01-01")]
    public void Should_ResolveTheExpression_When_PublishedOnThursdayTwentiethOfJune(string language, string text, string expected)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.Contains(document.TimeExpressions, t => t.Date == DateOnly.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("it", "La Russia ha firmato ieri un patto con la Corea del Nord che sostituisce il trattato del 1961.", "2024-06-19")]
    [InlineData("it", "La Russia ha firmato mercoledì un accordo con la Corea del Nord.", "2024-06-19")]
    [InlineData("en", "Russia signed a pact with North Korea on Wednesday, replacing the treaty of 1961.", "2024-06-19")]
    [InlineData("en", "Russia will sign a pact with North Korea on Friday.", "2024-06-21")]
    [InlineData("en", "Speaking in Rome on Monday, the Polish president criticized Russia.", "2024-06-17")]
    [InlineData("it", "Parlando a Roma lunedì, il presidente polacco ha criticato la Russia.", "2024-06-17")]
    [InlineData("en", "Addressing a joint meeting of the Senate on Monday, the Polish president criticized Russia.", "2024-06-17")]
    [InlineData("en", "Sweden's meeting with Norway on Tuesday ended without a deal.", "2024-06-18")]
    public void Should_DateTheEventByItsClause_When_ATimeExpressionIsAttachedToItsVerb(string language, string text, string expected)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.Contains(document.Events, e => e.Date == DateOnly.Parse(expected, CultureInfo.InvariantCulture) && e.DateSource.StartsWith("clause:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "On Tuesday Hezbollah fired rockets at Israel, all of which were shot down by the Israeli army.")]
    [InlineData("en", "On Tuesday Russian police arrested two Ukrainian activists, who were expelled to Belarus by the Russian authorities.")]
    [InlineData("it", "Martedì la polizia russa ha arrestato due attivisti ucraini, che sono stati espulsi in Bielorussia dalle autorità russe.")]
    public void Should_DateARelativeClauseLikeItsMainClause_When_ItHasNoTimeOfItsOwn(string language, string text)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));

        Assert.True(document.Events.Count >= 2, string.Join("; ", document.Events.Select(e => e.Cameo)));
        Assert.All(document.Events, e => Assert.Equal(new DateOnly(2024, 6, 18), e.Date));
    }

    [Theory]
    [InlineData("en", "Iran's president visited Moscow on Tuesday. He signed a treaty with Vladimir Putin.", "2024-06-18")]
    [InlineData("it", "Il presidente iraniano ha visitato Mosca martedì. Ha firmato un trattato con Vladimir Putin.", "2024-06-18")]
    [InlineData("en", "Iran's president visited Moscow on Tuesday. Russia had signed a treaty with Iran.", "2024-06-20")]
    [InlineData("it", "Il presidente iraniano ha visitato Mosca martedì. La Russia aveva firmato un trattato con l'Iran.", "2024-06-20")]
    [InlineData("en", "Iran's president visited Moscow on Tuesday. Russia will sign a treaty with Iran.", "2024-06-20")]
    public void Should_DateASentenceWithoutTimeByTheStoryDay_When_ItsVerbTellsThePastScene(string language, string text, string expected)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));

        var signed = document.Events.Where(e => e.Sentence == 1 && e.Cameo.StartsWith("05", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(signed);
        Assert.All(signed, e => Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), e.Date));
    }

    [Theory]
    [InlineData("en", "Russia and Iran agreed on Tuesday to sign a new treaty.", "05", "2024-06-18")]
    [InlineData("en", "Israel condemned Tuesday's Iranian missile attack.", "11", "2024-06-20")]
    [InlineData("en", "Israel promised to respond to Saturday night's Iranian barrage.", "03", "2024-06-20")]
    public void Should_DateTheVerbNotTheNoun_When_ATimeModifiesANounOrAnIntentIsPast(string language, string text, string root, string expected)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));

        var ofRoot = document.Events.Where(e => e.Cameo.StartsWith(root, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ofRoot);
        Assert.All(ofRoot, e => Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), e.Date));
    }

    [Theory]
    [InlineData("it", "Il trattato del 1961 prevede assistenza reciproca.")]
    [InlineData("en", "The alliance has existed since 1961.")]
    public void Should_MarkYearsAsNounModifiers_When_APrepositionTiesThemToANoun(string language, string text)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.All(document.TimeExpressions, t => Assert.True(t.NounModifier));
    }
}
