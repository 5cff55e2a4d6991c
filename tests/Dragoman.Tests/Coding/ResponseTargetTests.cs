using Dragoman.Coding;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>An act with no target that answers an earlier one ("in response", "retaliated", "said it would retaliate") is aimed at its doer.</summary>
[Collection(EngineCollection.Name)]
public sealed class ResponseTargetTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("en", new DateOnly(2024, 8, 10), text);

    [Theory]
    [InlineData("Hezbollah fired dozens of rockets at northern Israel. Israel retaliated with air strikes.", "ISR", "LBN", "19")]
    [InlineData("North Korea fired artillery shells at a South Korean island, and Seoul imposed new sanctions in response.", "KOR", "PRK", "16")]
    [InlineData("Ukraine struck an oil refinery in Russia on Sunday. The Russian defence ministry said it would retaliate.", "RUS", "UKR", "13")]
    [InlineData("Azerbaijani forces shelled Armenian border posts. Yerevan vowed to hit back.", "ARM", "AZE", "13")]
    public void Should_AimTheAnswerAtTheEarlierDoer_When_TheAnswerNamesNoTarget(string text, string source, string target, string root) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_LeaveTheTargetOut_When_NoEarlierActWasCoded()
    {
        var events = Asserted("Seoul imposed new sanctions in response.");
        Assert.DoesNotContain(events, e => e.Source?.Primary == "KOR" && e.Target is not null);
    }
}
