using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>
/// Italian constructions that name actors indirectly: lists sharing one preposition, coordinated
/// owners of the subject noun, object clitics before an auxiliary and relatives after a preposition.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ItalianListAndCliticTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    private static bool Is(CodedEvent e, string source, string root, string target) =>
        e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal);

    [Theory]
    [InlineData("Le marine di India e Stati Uniti hanno condotto esercitazioni congiunte.", "IND", "06", "USA")]
    [InlineData("Le marine di India e Stati Uniti hanno condotto esercitazioni congiunte.", "USA", "06", "IND")]
    [InlineData("I ministri degli Esteri di Francia, Germania e Polonia sono arrivati a Kiev.", "POL", "04", "UKR")]
    public void Should_CodeEveryOwner_When_TheSubjectNounHasCoordinatedGenitives(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Theory]
    [InlineData("L'Unione europea ha imposto sanzioni contro Russia, Iran e Corea del Nord.", "IGOEUREEC", "16", "PRK")]
    [InlineData("I capi di governo di Italia, Canada e Belgio sono arrivati a Kiev.", "ITA", "04", "UKR")]
    public void Should_ShareThePreposition_When_ACommaListEndsWithAConjunction(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Fact]
    public void Should_KeepTheSubjectApart_When_AFrontedPlaceEndsAtAComma() =>
        Assert.Contains(Code("Al vertice di Washington, Biden e Scholz hanno firmato una dichiarazione congiunta."), e => Is(e, "USA", "05", "DEU"));

    [Theory]
    [InlineData("Il presidente ucraino ha ricevuto il premier britannico e lo ha ringraziato.", "UKR", "05", "GBR")]
    [InlineData("Il ministro turco ha incontrato il collega russo e gli ha chiesto di fermare gli attacchi.", "TUR", "02", "RUS")]
    public void Should_ReadAnObjectClitic_When_ItStandsBeforeAnAuxiliary(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Theory]
    [InlineData("Erdoğan ha incontrato il premier ungherese, con cui ha firmato tre accordi.", "TUR", "05", "HUN")]
    [InlineData("Il presidente francese ha ricevuto il premier indiano, al quale ha chiesto di sostenere il piano.", "FRA", "02", "IND")]
    public void Should_TargetTheAntecedent_When_ARelativeFollowsAPreposition(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Fact]
    public void Should_NotMakeTheAntecedentTheSubject_When_ARelativeFollowsAPreposition() =>
        Assert.DoesNotContain(Code("Il presidente francese ha ricevuto il premier indiano, al quale ha chiesto di sostenere il piano."), e => e.Source?.Primary == "IND" && e.Cameo.StartsWith("02", StringComparison.Ordinal));

    [Theory]
    [InlineData("In Guinea i militari guineani hanno preso il potere e hanno arrestato il presidente Alpha Condé.", "GIN")]
    [InlineData("La giunta birmana ha sciolto il parlamento e ha arrestato decine di deputati.", "MMR")]
    public void Should_KeepAnArrestAtHome_When_TheSubjectIsSharedWithACoordinatedVerb(string text, string country) =>
        Assert.Contains(Code(text), e => Is(e, country, "17", country));

    [Theory]
    [InlineData("Il governo venezuelano ha rilasciato dieci cittadini statunitensi detenuti a Caracas.")]
    [InlineData("La Turchia ha rimpatriato i cittadini siriani detenuti nel paese.")]
    public void Should_ReadAParticipleAsDescribingItsNoun_When_TheLexiconAlsoReadsItAsANoun(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && e.Source is not null && e.Source.Primary != e.Target?.Primary && e.SourceText is { } t && t.Contains("cittadini", StringComparison.Ordinal));

    [Theory]
    [InlineData("Le milizie sudanesi hanno massacrato centinaia di civili nel Darfur, denuncia un rapporto dell'ONU.", "SDN", "20", "SDN")]
    [InlineData("L'esercito birmano ha arrestato decine di monaci, denuncia Amnesty International.", "MMR", "17", "MMR")]
    public void Should_EndTheClause_When_AnInvertedVerbOfSayingIsAlsoANoun(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Theory]
    [InlineData("Il tentato colpo di Stato in Bolivia è stato condannato dai governi di Brasile, Cile e Colombia.", "COL", "11", "BOL")]
    [InlineData("L'arresto del leader dell'opposizione turca è stato criticato dalla Germania.", "DEU", "11", "TUR")]
    public void Should_TakeTheTargetFromTheSubjectPhrase_When_APassiveVerbHasNoActorAsSubject(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Theory]
    [InlineData("I ministri degli Esteri del G7 hanno condannato il lancio del missile nordcoreano.", "IGOG7", "11", "PRK")]
    [InlineData("I capi di Stato dell'Unione africana hanno sospeso il Niger.", "IGOAFRAU", "16", "NER")]
    public void Should_TakeTheOwnerAsSubject_When_TheSubjectNounHasItsOwnComplement(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Theory]
    [InlineData("Il Sudafrica ha presentato un ricorso contro Israele, accusandolo di violare la Convenzione sul genocidio a Gaza.", "ZAF", "11", "ISR")]
    [InlineData("La Polonia ha convocato l'ambasciatore russo, accusandolo di ingerenze nelle elezioni in Moldavia.", "POL", "11", "RUS")]
    public void Should_TakeTheEarlierTarget_When_AnObjectPronounIsAttachedToTheVerb(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));

    [Theory]
    [InlineData("Dopo aver incontrato il premier giapponese, il presidente francese è partito per Pechino.", "FRA", "04", "JPN")]
    [InlineData("Avendo ricevuto il ministro indiano, il presidente russo ha firmato un accordo sul petrolio.", "RUS", "04", "IND")]
    public void Should_ShareTheMainSubject_When_ANonFiniteClauseOpensTheSentence(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => Is(e, source, root, target));
}
