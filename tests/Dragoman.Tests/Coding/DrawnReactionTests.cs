using Dragoman.Coding;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>"X's act drew condemnation from Y": the reaction goes from Y to the subject's doer (grammar keys drawLemma, reaction:CODE).</summary>
[Collection(EngineCollection.Name)]
public sealed class DrawnReactionTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("en", new DateOnly(2024, 6, 1), text);

    [Theory]
    [InlineData("North Korea's launch of a ballistic missile drew condemnation from Japan.", "JPN", "PRK", "11")]
    [InlineData("The Houthi attack on a British tanker drew a sharp rebuke from London.", "GBR", "YEM", "11")]
    [InlineData("Israel's decision to expand settlements in the West Bank prompted protests from the European Union.", "IGOEUREEC", "ISR", "11")]
    public void Should_CodeTheReactionFromTheReactorToTheDoer_When_AnActDrawsIt(string text, string source, string target, string root) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("The move did not draw criticism from Washington, officials in Seoul said.")]
    [InlineData("The plan could draw criticism from Washington.")]
    public void Should_CodeNoReaction_When_TheVerbIsNegatedOrHypothetical(string text) =>
        Assert.DoesNotContain(Asserted(text), e => e.Source?.Primary == "USA" && e.Evidence.Rule.Contains("reaction:", StringComparison.Ordinal));
}
