using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A violent act with no target after the verb hits the place or the attacked actor named in its subject's noun phrase.</summary>
[Collection(EngineCollection.Name)]
public sealed class SubjectPhrasePlaceTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("A Russian missile strike on Kharkiv killed seven people.", "RUS", "UKR")]
    [InlineData("An Israeli airstrike on a tent camp in Rafah killed at least 45 people.", "ISR", "PSE")]
    public void Should_TakeTheTargetFromTheSubjectPhrase_When_NoneFollowsTheVerb(string text, string source, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target
            && (e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal)));

    [Theory]
    [InlineData("The World Food Programme delivered rations in Sudan despite fighting on the main roads.")]
    public void Should_NotTakeAPlaceForACarriedSubject_When_TheVerbIsAGerund(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
}
