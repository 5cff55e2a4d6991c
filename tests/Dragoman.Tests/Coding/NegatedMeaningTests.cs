using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>On a negated verb, a pattern whose meaning needs the negation wins ("no longer sell arms" is a cut, not a negated sale).</summary>
[Collection(EngineCollection.Name)]
public sealed class NegatedMeaningTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Canada's government will no longer sell arms to Israel.", "CAN", "16", "ISR")]
    [InlineData("Spain no longer supplies weapons to Israel.", "ESP", "16", "ISR")]
    public void Should_CodeTheNegatedMeaning_When_TheVerbIsNegated(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && !e.Negated);

    [Theory]
    [InlineData("Canada did not sell arms to Israel.")]
    public void Should_CodeNoCut_When_TheVerbIsMerelyNegated(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
}
