using Dragoman.Coding;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>
/// Targets found across clauses and sentences: object pronouns (objectClitic), answers (responseMarker, responseLemma),
/// acts named by a noun a participle describes, attacks told in a preposed phrase, sanction owners.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DiscourseTargetTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("it", new DateOnly(2025, 3, 1), text);

    [Theory]
    [InlineData("Il presidente serbo ha telefonato al premier kosovaro. Lo ha accusato di voler cacciare i serbi.", "SRB", "11", "XKX")]
    [InlineData("Il presidente egiziano ha ricevuto il ministro degli Esteri saudita. Gli ha chiesto un nuovo sostegno finanziario.", "EGY", "02", "SAU")]
    [InlineData("Il ministro degli Esteri francese ha telefonato all'omologo algerino. Lo ha esortato a liberare lo scrittore.", "FRA", "02", "DZA")]
    public void Should_TakeTheOtherParty_When_AnObjectPronounStandsForTheTarget(string text, string source, string root, string target) =>
        AssertEvent(text, source, root, target);

    [Theory]
    [InlineData("Pechino ha avviato manovre intorno a Taiwan. In risposta, l'isola ha dispiegato missili costieri.", "TWN", "15", "CHN")]
    [InlineData("Mosca ha espulso due diplomatici tedeschi. Berlino ha reagito espellendo tre diplomatici.", "DEU", "16", "RUS")]
    [InlineData("La polizia turca ha arrestato un giornalista svedese e Stoccolma ha reagito convocando l'ambasciatore.", "SWE", "11", "TUR")]
    public void Should_AnswerWhoActedOnTheDoer_When_AResponseNamesNoTarget(string text, string source, string root, string target) =>
        AssertEvent(text, source, root, target);

    [Theory]
    [InlineData("La sospensione dei voli verso la Russia decisa da Roma ha irritato Mosca.", "ITA", "16", "RUS")]
    [InlineData("Migliaia di persone sono scese in piazza a Tbilisi contro la sospensione dei negoziati con l'Unione europea decisa dal governo.", "GEO", "14", "GEO")]
    [InlineData("Dopo il bombardamento turco delle postazioni curde in Siria, Damasco ha protestato.", "SYR", "11", "TUR")]
    [InlineData("Londra ha minacciato di estendere le sanzioni dell'Ue alle compagnie di navigazione iraniane.", "GBR", "13", "IRN")]
    public void Should_FindTheActorTheActConcerns_When_ANounNamesTheAct(string text, string source, string root, string target) =>
        AssertEvent(text, source, root, target);

    [Fact]
    public void Should_NotTargetTheSanctionOwner_When_TheVerbThreatens() =>
        Assert.DoesNotContain(Asserted("Londra ha minacciato di estendere le sanzioni dell'Ue alle compagnie di navigazione iraniane."), e => e.Target?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);

    [Fact]
    public void Should_NotTargetTheSourceOfAClaim_When_AttributionNamesSources() =>
        Assert.DoesNotContain(Asserted("L'aviazione israeliana ha bombardato un campo profughi di Jenin, secondo fonti delle Nazioni Unite."), e => e.Target?.Code == "IGOUNO");

    [Fact]
    public void Should_NotSupport_When_AClaimingVerbIsFollowedByAComplementizer() =>
        Assert.DoesNotContain(Asserted("Pechino ha respinto le critiche dell'Ue, sostenendo che le esportazioni rispettano le regole."), e => e.Cameo.StartsWith("05", StringComparison.Ordinal));

    private void AssertEvent(string text, string source, string root, string target)
    {
        var events = Asserted(text);
        Assert.True(events.Any(e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal)),
            string.Join("; ", events.Select(e => $"{e.Source?.Code} {e.Cameo} {e.Target?.Code}")));
    }
}
