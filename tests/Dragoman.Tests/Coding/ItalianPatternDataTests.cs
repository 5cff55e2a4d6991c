using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Italian pattern and grammar data: visits by arrival, mass violence at home, pressed requests as demands (coded with events of unnamed doers kept).</summary>
[Collection(EngineCollection.Name)]
public sealed class ItalianPatternDataTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.OneSidedEngine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Il premier giapponese è arrivato a Washington.", "JPN", "USA")]
    [InlineData("Il presidente turco è atterrato a Budapest martedì.", "TUR", "HUN")]
    [InlineData("Il cancelliere tedesco è giunto in Cina per tre giorni di colloqui.", "DEU", "CHN")]
    public void Should_CodeAVisit_When_AHeadOfGovernmentArrivesAbroad(string text, string source, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo == "042");

    [Theory]
    [InlineData("Le truppe russe sono arrivate a Kherson.")]
    [InlineData("Centinaia di migranti tunisini sono arrivati in Italia.")]
    public void Should_NotCodeAVisit_When_TheArrivalsAreNoGovernment(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo.StartsWith("04", StringComparison.Ordinal));

    [Theory]
    [InlineData("L'esercito birmano ha massacrato centinaia di civili.", "MMR")]
    [InlineData("Il regime siriano ha usato armi chimiche contro la popolazione.", "SYR")]
    public void Should_KeepMassViolenceAtHome_When_NoVictimIsNamed(string text, string country) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == country && e.Target?.Primary == country && e.Cameo.StartsWith("20", StringComparison.Ordinal));

    [Theory]
    [InlineData("La Francia chiede con forza all'Iran il rilascio dei suoi cittadini.", "10")]
    [InlineData("La Serbia chiede al Kosovo il rilascio immediato dei poliziotti.", "10")]
    [InlineData("La Serbia chiede al Kosovo il rilascio dei poliziotti.", "02")]
    public void Should_ReadARequestAsDemand_When_ItIsPressedAsImmediate(string text, string root) =>
        Assert.Contains(Code(text), e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target is not null);

    [Theory]
    [InlineData("Il Qatar ha apprezzato gli sforzi dell'Egitto.", "QAT", "05", "EGY")]
    [InlineData("L'Unione europea ha inflitto nuove sanzioni alla Russia.", "IGOEUREEC", "16", "RUS")]
    [InlineData("La polizia iraniana ha trattenuto due giornalisti italiani.", "IRN", "17", "ITA")]
    [InlineData("Il presidente francese ha redarguito l'Ungheria.", "FRA", "11", "HUN")]
    [InlineData("La NATO ha potenziato la propria presenza militare in Polonia.", "IGOWSTNAT", "15", "POL")]
    [InlineData("La Russia ha scatenato una nuova offensiva contro l'Ucraina.", "RUS", "19", "UKR")]
    [InlineData("Le forze russe hanno preso il controllo della città ucraina di Avdiivka.", "RUS", "19", "UKR")]
    public void Should_CodeTheVerb_When_ItsUsualObjectFollows(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_TurnAConditionalOffensiveIntoAThreat_When_ItsOpeningIsAnnounced() =>
        Assert.Contains(Code("Qualora Hamas respingesse la proposta, Israele avvierà l'offensiva su Rafah, ha avvertito il ministro della Difesa."),
            e => e.Source?.Primary == "ISR" && e.Target?.Primary == "PSE" && e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.Mood == EventMood.Asserted);

    [Theory]
    [InlineData("Il presidente francese ha telefonato al premier indiano. I due leader hanno discusso della guerra.", "FRA", "IND")]
    [InlineData("Il Cairo e Addis Abeba hanno ripreso il dialogo. Le due parti si sono incontrate a Washington.", "EGY", "ETH")]
    public void Should_ReadThePairOfLastActors_When_TheTwoRolesAreNamedTogether(string text, string first, string second) =>
        Assert.Contains(Code(text), e => e.Sentence == 1 && e.Source?.Primary == first && e.Target?.Primary == second && e.Cameo.StartsWith("04", StringComparison.Ordinal));

    [Theory]
    [InlineData("Gli ultimi soldati francesi hanno lasciato il Niger.", true)]
    [InlineData("Il presidente americano ha lasciato la Cina.", false)]
    public void Should_CodeAWithdrawal_When_TroopsLeaveACountry(string text, bool withdrawal) =>
        Assert.Equal(withdrawal, Code(text).Any(e => e.Cameo.StartsWith("08", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Pechino ha inviato decine di caccia e navi da guerra intorno a Taiwan.", "15")]
    [InlineData("Washington ha inviato caccia F-16 all'Ucraina.", "07")]
    public void Should_TellAShowOfForceFromAid_When_WeaponsAreSentAroundACountry(string text, string root) =>
        Assert.Contains(Code(text), e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target is not null);

    [Theory]
    [InlineData("Uomini armati hanno aperto il fuoco sulla folla alla periferia di Mosca.", "RUS", "18", "RUS")]
    [InlineData("La polizia keniota ha aperto il fuoco sui manifestanti a Nairobi.", "KEN", "17", "KEN")]
    [InlineData("Le truppe israeliane hanno aperto il fuoco contro postazioni di Hezbollah in Libano.", "ISR", "19", "LBN")]
    public void Should_TellWhoFiresOnWhom_When_FireIsOpened(string text, string? source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_CodeCoercionAtSea_When_AVesselIsRammed() =>
        Assert.Contains(Code("Le navi della guardia costiera cinese hanno speronato un'imbarcazione filippina."), e => e.Source?.Primary == "CHN" && e.Target?.Primary == "PHL" && e.Cameo.StartsWith("17", StringComparison.Ordinal));

    [Theory]
    [InlineData("Il presidente francese ha detto di aver telefonato al premier indiano.", "FRA", "04", "IND", false)]
    [InlineData("La Russia nega di aver attaccato l'Ucraina.", "RUS", "19", "UKR", true)]
    public void Should_ReadTheShortInfinitive_When_AnAuxiliaryLosesItsFinalVowel(string text, string source, string root, string target, bool negated) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Negated == negated);

    [Theory]
    [InlineData("Il ministero degli Esteri cinese ha protestato per il passaggio di una nave da guerra canadese.", "CHN", "11", "CAN")]
    [InlineData("Migliaia di georgiani hanno protestato contro il governo a Tbilisi.", "GEO", "14", "GEO")]
    public void Should_TellAnOfficialProtestFromADemonstration_When_AGovernmentProtests(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Miliziani di al-Shabaab hanno attaccato una spiaggia affollata di Mogadiscio.", "18")]
    [InlineData("Uomini armati hanno attaccato un villaggio nel nord della Nigeria.", "18")]
    [InlineData("L'esercito israeliano ha attaccato una scuola a Gaza.", "19")]
    public void Should_TellAnAssaultFromAMilitaryAttack_When_ACivilianPlaceIsAttacked(string text, string root) =>
        Assert.Contains(Code(text), e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target is not null);
}
