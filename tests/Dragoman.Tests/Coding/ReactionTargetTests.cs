using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Answers with no target of their own (grammar keys reactionRoots, answerRoots) and acts named by a definite noun.</summary>
[Collection(EngineCollection.Name)]
public sealed class ReactionTargetTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("it", new DateOnly(2025, 1, 10), text);

    [Theory]
    [InlineData("Le forze israeliane hanno arrestato due cittadini giordani in Cisgiordania. Amman ha protestato formalmente.", "JOR", "11", "ISR")]
    [InlineData("Un drone russo ha colpito un condominio a Leopoli. Kiev ha minacciato una dura ritorsione.", "UKR", "13", "RUS")]
    [InlineData("L'Unione europea ha chiesto il rilascio dei giornalisti detenuti. Il governo azero ha respinto quella che ha definito un'ingerenza.", "AZE", "12", "IGOEUREEC")]
    [InlineData("La Russia ha offerto all'Ucraina una tregua di tre giorni. Kiev ha respinto l'offerta.", "UKR", "12", "RUS")]
    [InlineData("La Corea del Nord ha lanciato un missile balistico nel Mar del Giappone. Seul ha condannato il lancio.", "KOR", "11", "PRK")]
    public void Should_AnswerTheLastOtherActor_When_AReactionNamesNoTarget(string text, string source, string root, string target) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_NotAnswerOneself_When_TheLastEventIsTheSpeakersOwn()
    {
        var events = Asserted("Mosca ha accusato Kiev di aver colpito un ospedale. Kiev ha respinto le accuse.");
        Assert.Contains(events, e => e.Source?.Primary == "UKR" && e.Target?.Primary == "RUS" && e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source?.Primary == e.Target?.Primary);
    }
}
