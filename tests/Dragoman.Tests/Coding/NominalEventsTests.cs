using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Encounters named by a noun: meetings, talks, calls and visits.</summary>
[Collection(EngineCollection.Name)]
public sealed class NominalEventsTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text, string language = "en") =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

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

    [Theory]
    [InlineData("Il colloquio tra Grecia e Turchia si è svolto lunedì ad Atene.", "GRC", "TUR", "04")]
    [InlineData("Durante il colloquio telefonico con il premier giapponese, il Vietnam ha elogiato Tokyo.", "VNM", "JPN", "04")]
    [InlineData("Il Cile ha abolito i dazi dopo la visita del ministro cinese a Santiago.", "CHN", "CHL", "04")]
    public void Should_CodeTheEncounter_When_AnItalianNounNamesIt(string text, string source, string target, string root)
    {
        var events = Code(text, "it");
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Il Qatar si è detto disposto a ospitare nuovi colloqui tra Armenia e Azerbaigian.", "it")]
    [InlineData("L'Oman ha proposto di organizzare un incontro tra Iran e Stati Uniti.", "it")]
    [InlineData("Sudan's army chief rejected calls for talks with Egypt.", "en")]
    [InlineData("Hungary proposed a meeting with Slovakia.", "en")]
    [InlineData("China suspended climate talks with the United States.", "en")]
    [InlineData("Jordan cancelled a planned summit with Egypt.", "en")]
    public void Should_CodeNoEncounter_When_TheVerbLeavesItUndone(string text, string language) =>
        Assert.DoesNotContain(Code(text, language), e => !e.Negated && e.Mood == EventMood.Asserted && e.Cameo.StartsWith("04", StringComparison.Ordinal));

    [Theory]
    [InlineData("Il presidente egiziano ha ribadito al segretario di Stato americano, in visita al Cairo, che il trattato resta valido.", "USA", "EGY")]
    [InlineData("Il cancelliere tedesco, in visita a Pechino, ha chiesto alla Cina di non armare la Russia.", "DEU", "CHN")]
    public void Should_TakeTheVisitorFromTheApposition_When_AVisitIsApposedToAMention(string text, string visitor, string host) =>
        Assert.Contains(Code(text, "it"), e => e.Source?.Primary == visitor && e.Target?.Primary == host && e.Cameo == "042");

    [Theory]
    [InlineData("Il primo ministro indiano e il premier australiano hanno concordato di ampliare la cooperazione durante un incontro a Sydney.", "IND", "AUS")]
    [InlineData("Il Giappone e la Corea del Sud hanno annunciato nuove esercitazioni durante un incontro a Tokyo.", "JPN", "KOR")]
    public void Should_CodeTheSubjectsMeetingEachOther_When_AnEncounterHasNoOtherParty(string text, string first, string second)
    {
        var events = Code(text, "it");
        Assert.Contains(events, e => e.Source?.Primary == first && e.Target?.Primary == second && e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source?.Primary == second && e.Target?.Primary == first && e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_NotPairTheSubjects_When_TheEncounterNamesAPartner() =>
        Assert.DoesNotContain(Code("Francia e Germania hanno promesso aiuti durante un incontro con il presidente ucraino.", "it"),
            e => e.Source?.Primary == "FRA" && e.Target?.Primary == "DEU");

    [Theory]
    [InlineData("Beijing promised to buy more soybeans during a visit by Brazil's agriculture minister.", "BRA", "CHN")]
    [InlineData("Hungary vowed to block the package at a meeting with Germany's chancellor.", "HUN", "DEU")]
    public void Should_CodeTheEncounter_When_ALocativePhraseFramesAnUndoneVerb(string text, string source, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("04", StringComparison.Ordinal)
            && e.Mood == EventMood.Asserted && !e.Negated);
    }

    [Theory]
    [InlineData("Il Brasile ha richiamato il proprio ambasciatore dal Venezuela dopo i colloqui di Vienna.", "AUT")]
    [InlineData("La Serbia ha respinto le conclusioni del vertice di Ginevra.", "CHE")]
    public void Should_TakeACityAfterDiAsThePlace_When_ItFollowsAnEncounterNoun(string text, string place) =>
        Assert.DoesNotContain(Code(text, "it"), e => e.Source?.Primary == place || e.Target?.Primary == place);

    [Fact]
    public void Should_RecallTheAmbassadorFromTheCountryAfterDa_When_ALaterPhraseNamesACity() =>
        Assert.Contains(Code("Il Brasile ha richiamato il proprio ambasciatore dal Venezuela dopo i colloqui di Vienna.", "it"), e => e.Source?.Primary == "BRA" && e.Target?.Primary == "VEN" && e.Cameo == "161");
}
