using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A speaker who says another actor must act demands it of that actor.</summary>
[Collection(EngineCollection.Name)]
public sealed class ReportedObligationTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text, string language = "it") =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("«Gli Stati Uniti devono revocare le sanzioni», ha dichiarato il portavoce del ministero degli Esteri cinese.", "CHN", "USA")]
    [InlineData("Il ministro degli Esteri turco ha detto che Israele deve fermare i bombardamenti.", "TUR", "ISR")]
    [InlineData("\"Russia must withdraw its troops,\" the French president said.", "FRA", "RUS")]
    [InlineData("Azerbaijan's president insisted that Armenia must change its constitution.", "AZE", "ARM")]
    public void Should_CodeADemand_When_ASpeakerSaysAnActorMustAct(string text, string source, string target) =>
        Assert.Contains(Code(text, text.Contains(" said", StringComparison.Ordinal) || text.Contains("insisted", StringComparison.Ordinal) ? "en" : "it"), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.Mood == EventMood.Asserted && !e.Negated);

    [Theory]
    [InlineData("«La Russia non deve vincere», ha detto il presidente francese.")]
    [InlineData("Il premier britannico non ha detto che l'Iran deve fermarsi.")]
    [InlineData("L'Iran deve fermare il programma nucleare.")]
    public void Should_CodeNoDemand_When_TheObligationIsDeniedOrNotReported(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.Mood == EventMood.Asserted && !e.Negated);
}
