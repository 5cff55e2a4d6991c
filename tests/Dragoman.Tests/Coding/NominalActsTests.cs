using Dragoman.Coding;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Acts named by a noun after their doer (grammar key act:CODE): who did what to whom, and when nothing is coded.</summary>
[Collection(EngineCollection.Name)]
public sealed class NominalActsTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("en", new DateOnly(2024, 6, 14), text);

    [Theory]
    [InlineData("The move came a week after Russia's expulsion of two Estonian diplomats from Moscow.", "RUS", "EST", "16")]
    [InlineData("Exporters were hit hard by Beijing's ban on Lithuanian imports.", "CHN", "LTU", "16")]
    [InlineData("Officials in Caracas denounced Washington's sanctions against Venezuelan oil firms.", "USA", "VEN", "16")]
    [InlineData("The talks stalled after a U.S. arms sale to Taiwan.", "USA", "TWN", "06")]
    [InlineData("Kurdish groups protested after Turkey's shelling of Syrian villages near the border.", "TUR", "SYR", "19")]
    public void Should_CodeTheDoerAndWhatIsActedOn_When_ANounAfterItsDoerNamesTheAct(string text, string source, string target, string root) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Mexico condemned the killing of two of its citizens by U.S. border agents.", "MEX", "USA")]
    [InlineData("Bolivia's foreign minister denounced the detention of three Bolivian truck drivers by Chilean police.", "BOL", "CHL")]
    public void Should_AimTheCondemnationAtTheDoer_When_TheActNamesItsDoerAfterItsObject(string text, string source, string target)
    {
        var events = Asserted(text);
        Assert.Contains(events, e => e.Source?.Primary == target && e.Target?.Primary == source && e.Evidence.Rule.Contains("act:", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Since Russia's attack on Ukraine, Finland has doubled its defence budget.", "19")]
    [InlineData("Exporters fear a possible Chinese ban on Lithuanian imports.", "16")]
    [InlineData("There was no Russian expulsion of Estonian diplomats this year.", "16")]
    [InlineData("Germany would never accept Russia's expulsion of Estonian diplomats.", "16")]
    [InlineData("Havana demanded the lifting of the U.S. embargo on Cuba.", "16")]
    public void Should_CodeNoAct_When_ItIsBackgroundUnrealOrUnderAnUnrealVerb(string text, string root) =>
        Assert.DoesNotContain(Asserted(text), e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Evidence.Rule.Contains("act:", StringComparison.Ordinal));
}
