using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Violent acts named by a noun (grammar key attack:CODE): who attacked whom, and when nothing is coded.</summary>
[Collection(EngineCollection.Name)]
public sealed class NominalAttacksTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("it", new DateOnly(2025, 1, 10), text);

    [Theory]
    [InlineData("I bombardamenti israeliani su Beirut hanno causato almeno dodici morti.", "ISR", "LBN")]
    [InlineData("L'attacco russo contro Kharkiv ha danneggiato una centrale elettrica.", "RUS", "UKR")]
    [InlineData("Durante l'offensiva turca contro le milizie curde nel nord della Siria sono morti decine di civili.", "TUR", "SYR")]
    [InlineData("Almeno trenta persone sono morte in un bombardamento da parte dell'esercito sudanese su un mercato di Omdurman.", "SDN", "SDN")]
    public void Should_CodeTheAttackerAndWhatIsHit_When_ANounNamesAnAttack(string text, string source, string target) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("19", StringComparison.Ordinal));

    [Theory]
    [InlineData("Nessun raid israeliano su Beirut è stato segnalato nella notte.")]
    [InlineData("Il governo teme un nuovo attacco russo contro Kiev.")]
    [InlineData("Washington ha avvertito che un eventuale attacco iraniano contro Israele avrebbe gravi conseguenze.")]
    [InlineData("Hezbollah ha minacciato un attacco israeliano contro Beirut.")]
    [InlineData("Il ministro ha criticato l'attacco di Zelensky contro Trump.")]
    public void Should_CodeNoAttack_When_ItIsNegatedFearedOrVerbal(string text) =>
        Assert.DoesNotContain(Asserted(text), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));

    [Fact]
    public void Should_NameTheAttackerAsPerpetrator_When_APassiveKillingHasNoAgent()
    {
        var events = Asserted("Almeno venti civili sono stati uccisi in un attacco dei ribelli dell'M23 contro un villaggio a nord di Goma.");
        Assert.DoesNotContain(events, e => e.Source is null);
        Assert.Contains(events, e => e.Source?.Code == "CODREBM23" && e.Target?.Primary == "COD");
    }
}
