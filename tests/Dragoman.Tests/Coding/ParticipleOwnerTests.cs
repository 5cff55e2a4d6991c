using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A participle describing a noun owned through a possessive acts on the owner.</summary>
[Collection(EngineCollection.Name)]
public sealed class ParticipleOwnerTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("La Serbia chiede il rilascio dei suoi tre poliziotti arrestati dal Kosovo.", "XKX", "17", "SRB")]
    [InlineData("La Turchia ha denunciato la morte di due propri soldati uccisi dall'esercito siriano.", "SYR", "18", "TUR")]
    public void Should_TargetTheOwner_When_AParticipleDescribesAPossessedNoun(string text, string? source, string root, string target) =>
        Assert.Contains(Code(text), e => (source is null || e.Source?.Primary == source) && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_TargetNobody_When_TheNounHasNoPossessive() =>
        Assert.DoesNotContain(Code("La Serbia chiede il rilascio dei tre poliziotti arrestati dal Kosovo."), e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && e.Target?.Primary == "SRB");
}
