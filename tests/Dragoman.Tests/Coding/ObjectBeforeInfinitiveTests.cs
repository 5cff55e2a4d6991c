using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A direct object comes before an infinitive of purpose; an infinitive complement right after the verb lends it its object.</summary>
[Collection(EngineCollection.Name)]
public sealed class ObjectBeforeInfinitiveTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string language, string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("en", "Israel's war cabinet met on Sunday to weigh a response to the Iranian barrage.", "ISR", "IRN")]
    [InlineData("en", "Japan's cabinet met on Friday to discuss the Chinese drills.", "JPN", "CHN")]
    public void Should_NotTakeAnObjectFromThePurposeInfinitive_When_OtherWordsComeBetween(string language, string text, string source, string notTarget) =>
        Assert.DoesNotContain(Code(language, text), e => e.Source?.Primary == source && e.Target?.Primary == notTarget && e.Cameo.StartsWith("04", StringComparison.Ordinal));

    [Theory]
    [InlineData("it", "La giunta del Niger ha rifiutato di ricevere la delegazione dell'ONU.", "NER", "IGOUNO", "12")]
    [InlineData("en", "Niger's junta refused to receive the UN delegation.", "NER", "IGOUNO", "12")]
    public void Should_TakeTheObjectFromTheComplement_When_TheInfinitiveFollowsTheVerb(string language, string text, string source, string target, string root) =>
        Assert.Contains(Code(language, text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
}
