using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Coordinated parties of a symmetric act face each other, not a witness named in a phrase of place.</summary>
[Collection(EngineCollection.Name)]
public sealed class SymmetricPartiesTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string language, string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("en", "Ethiopia and Eritrea signed a peace agreement in Jeddah in the presence of the Saudi king.", "ETH", "ERI", "SAU")]
    [InlineData("en", "Armenia and Azerbaijan signed a border deal in Almaty in the presence of Kazakhstan's president.", "ARM", "AZE", "KAZ")]
    [InlineData("en", "Greek and Turkish leaders met on the sidelines of the NATO summit.", "GRC", "TUR", "IGOWSTNAT")]
    public void Should_CodeThePartiesFacingEachOther_When_AWitnessIsNamedInAPhraseOfPlace(string language, string text, string first, string second, string witness)
    {
        var events = Code(language, text);
        Assert.Contains(events, e => e.Source?.Primary == first && e.Target?.Primary == second && (e.Cameo.StartsWith("05", StringComparison.Ordinal) || e.Cameo.StartsWith("04", StringComparison.Ordinal)));
        Assert.DoesNotContain(events, e => e.Target?.Primary == witness || e.Source?.Primary == witness);
    }

    [Theory]
    [InlineData("en", "Macron met the president of Brazil in Paris.", "FRA", "BRA")]
    public void Should_TakeTheGenitiveAsObject_When_ItFollowsTheVerbsOwnNoun(string language, string text, string source, string target) =>
        Assert.Contains(Code(language, text), e => e.Source?.Primary == source && e.Target?.Primary == target);
}
