using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Which verbs share the negation and the mood of the verb before them.</summary>
[Collection(EngineCollection.Name)]
public sealed class EventNegationTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Il Consiglio di sicurezza non ha adottato la risoluzione americana, bloccata dal veto di Russia e Cina.", "RUS", "12", "USA")]
    [InlineData("La Francia non ha criticato l'accordo firmato da Cina e Russia.", "CHN", "05", "RUS")]
    public void Should_AssertTheParticiple_When_ItDescribesTheObjectOfANegatedVerb(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && !e.Negated);

    [Fact]
    public void Should_NegateTheInfinitive_When_TheVerbBeforeItIsNegated() =>
        Assert.Contains(Code("Il Brasile non è riuscito a firmare l'accordo con l'Argentina."), e => e.Source?.Primary == "BRA" && e.Cameo.StartsWith("05", StringComparison.Ordinal) && e.Negated);

    [Theory]
    [InlineData("La Francia chiede la liberazione dei giornalisti francesi rapiti dagli Houthi.", "YEM", "18", "FRA")]
    [InlineData("Il Giappone potrebbe sanzionare le aziende cinesi accusate dagli Stati Uniti.", "USA", "11", "CHN")]
    public void Should_AssertTheParticiple_When_ItDescribesANounAfterAnUnrealVerb(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Mood == EventMood.Asserted);
}
