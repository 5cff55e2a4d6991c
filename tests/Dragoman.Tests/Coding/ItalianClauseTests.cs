using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Italian clause analysis on sentences of our own: constructions the pattern files rely on.</summary>
[Collection(EngineCollection.Name)]
public sealed class ItalianClauseTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Il Brasile si è detto pronto a ospitare i colloqui tra Russia e Ucraina.", "ospitare")]
    [InlineData("La Turchia è disposta a mediare tra Russia e Ucraina.", "mediare")]
    [InlineData("Il Kenya è pronto ad inviare soldati ad Haiti.", "inviare")]
    public void Should_MarkInfinitiveHypothetical_When_ItFollowsAnAdjectiveOfReadiness(string text, string trigger)
    {
        var events = Code(text).Where(e => e.Evidence.Trigger == trigger).ToList();
        Assert.All(events, e => Assert.Equal(EventMood.Hypothetical, e.Mood));
    }

    [Theory]
    [InlineData("Il Brasile si è detto pronto a ospitare i colloqui tra Russia e Ucraina.", "BRA", "RUS")]
    [InlineData("Il Kenya è pronto a guidare una missione di polizia ad Haiti.", "KEN", "HTI")]
    public void Should_CodeIntentToCooperate_When_ActorSaysItIsReady(string text, string source, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.Mood != EventMood.Hypothetical);

    [Theory]
    [InlineData("L'Iran ha lanciato missili contro depositi di armi in territorio iracheno.", "IRN", "IRQ")]
    [InlineData("La Turchia ha lanciato raid aerei contro basi curde nel nord della Siria.", "TUR", "SYR")]
    [InlineData("Droni ucraini hanno colpito un deposito di carburante alla periferia di Mosca.", "UKR", "RUS")]
    public void Should_TargetTheCountryWhereTheStrikeHappens_When_NoTargetIsNamed(string text, string source, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("19", StringComparison.Ordinal));

    [Fact]
    public void Should_TargetTheRebelsNotTheState_When_TheStrikeHappensAtHome()
    {
        var events = Code("L'esercito siriano ha lanciato raid aerei contro postazioni ribelli in Siria.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Target?.Code == "SYR");
        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Target?.Code == "SYRREB");
    }

    [Theory]
    [InlineData("Decine di migliaia di manifestanti armeni sono scesi in piazza a Erevan.", "ARM")]
    [InlineData("A Bucarest migliaia di studenti hanno manifestato contro il governo.", "ROU")]
    public void Should_KeepAProtestAtHome_When_PeopleCountedProtest(string text, string country) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == country && e.Target?.Primary == country && e.Cameo.StartsWith("14", StringComparison.Ordinal));

    [Theory]
    [InlineData("Violenti scontri tra truppe indiane e cinesi sono scoppiati lungo il confine.", "IND", "CHN", "19")]
    [InlineData("Si sono conclusi i colloqui tra Serbia e Kosovo a Bruxelles.", "SRB", "XKX", "04")]
    [InlineData("La tregua tra Armenia e Azerbaigian è entrata in vigore a mezzanotte.", "ARM", "AZE", "08")]
    public void Should_CodeBothParties_When_ASymmetricActIsBetweenThem(string text, string first, string second, string root)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == first && e.Target?.Primary == second && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source?.Primary == second && e.Target?.Primary == first && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_NotNegateTheTalks_When_NoAgreementWasReached() =>
        Assert.Contains(Code("Si sono chiusi senza alcun accordo i colloqui tra Serbia e Kosovo."), e => e.Source?.Primary == "SRB" && e.Cameo.StartsWith("04", StringComparison.Ordinal) && !e.Negated);

    [Fact]
    public void Should_NotTakeTheSubjectOfANounClause_When_AVerbRejectsAccusations() =>
        Assert.DoesNotContain(Code("Il Cremlino ha respinto le accuse che la Bielorussia sia coinvolta."), e => e.Target?.Primary == "BLR");

    [Fact]
    public void Should_FindTheAgent_When_ATimeAndPlaceStandBetweenParticipleAndDa() =>
        Assert.Contains(Code("Il ministro degli Esteri francese è stato ricevuto lunedì a Pechino dal presidente cinese."), e => e.Source?.Primary == "CHN" && e.Target?.Primary == "FRA" && e.Cameo.StartsWith("04", StringComparison.Ordinal));

    [Fact]
    public void Should_KeepTheVisitorAsSubject_When_ASecondVerbFollowsItsObject() =>
        Assert.Contains(Code("Il presidente brasiliano ha incontrato il premier spagnolo e ha firmato con lui un accordo commerciale."),
            e => e.Source?.Primary == "BRA" && e.Target?.Primary == "ESP" && e.Cameo.StartsWith("05", StringComparison.Ordinal));

    [Theory]
    [InlineData("Il governo ha promesso un sostegno economico consistente alla Giordania.", "JOR", "03")]
    [InlineData("La giunta del Mali ha rifiutato di ricevere la delegazione congiunta dell'Unione africana.", "IGOAFRAU", "12")]
    public void Should_ReadAnAdjectiveAsNoVerb_When_ItFollowsItsNoun(string text, string target, string root) =>
        Assert.Contains(Code(text), e => e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_FindTheOwnerOfTheSubjectNoun_When_ATimeOpensTheClause() =>
        Assert.Contains(Code("Domenica miliziani di Hezbollah hanno attaccato Israele."), e => e.Source?.Primary == "LBN" && e.Target?.Primary == "ISR" && e.Cameo.StartsWith("19", StringComparison.Ordinal));

    [Fact]
    public void Should_TargetTheCountry_When_RebelsStrikeAtHome() =>
        Assert.Contains(Code("Gli Houthi hanno lanciato missili contro basi governative nello Yemen."), e => e.Source?.Primary == "YEM" && e.Target?.Primary == "YEM" && e.Cameo.StartsWith("19", StringComparison.Ordinal));
}
