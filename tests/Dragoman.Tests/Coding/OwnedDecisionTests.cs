using Dragoman.Coding;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>"Washington's decision to suspend aid to Niger": the infinitive a possessed decision noun governs is its owner's act.</summary>
[Collection(EngineCollection.Name)]
public sealed class OwnedDecisionTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("en", new DateOnly(2024, 4, 11), text);

    [Theory]
    [InlineData("Washington's decision to suspend aid to Niger angered the junta.", "USA", "NER", "16")]
    [InlineData("Moscow's move to expel three Moldovan diplomats came after a spy scandal.", "RUS", "MDA", "16")]
    [InlineData("Budapest's order to close the border to Serbian trucks drew protests.", "HUN", "SRB", "19")]
    public void Should_GiveTheActToTheOwner_When_APossessedDecisionNounGovernsTheInfinitive(string text, string source, string target, string root) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Sweden's bid to join NATO stalled for months.")]
    [InlineData("The EU's plan to impose sanctions on Georgia was shelved.")]
    public void Should_CodeNothing_When_TheNounNamesOnlyAnAttemptOrPlan(string text) =>
        Assert.DoesNotContain(Asserted(text), e => e.Cameo.StartsWith("05", StringComparison.Ordinal) || e.Cameo.StartsWith("16", StringComparison.Ordinal));
}
