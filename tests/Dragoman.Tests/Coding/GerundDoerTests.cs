using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A gerund after "for"/"of", or an infinitive after a verb of object control, tells what the previous verb's object did, not what its subject did.</summary>
[Collection(EngineCollection.Name)]
public sealed class GerundDoerTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Poland thanked Germany for sending Patriot missiles to Ukraine.", "DEU", "07", "UKR", "POL")]
    [InlineData("Kenya praised Ethiopia for hosting talks with Somalia.", "ETH", "04", "SOM", "KEN")]
    [InlineData("Turkey allowed Sweden to join NATO.", "SWE", "05", "IGOWSTNAT", "TUR")]
    [InlineData("The United States helped Ukraine to repel the Russian offensive.", "UKR", "19", "RUS", "USA")]
    public void Should_GiveTheGerundTheObjectAsDoer_When_APrepositionIntroducesIt(string text, string doer, string root, string target, string notDoer)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == doer && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source?.Primary == notDoer && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zelensky invited Xi Jinping to visit Kyiv.", "CHN", "UKR")]
    [InlineData("Kenya encouraged Ethiopia to meet Somalia.", "ETH", "SOM")]
    public void Should_LeaveTheInfinitiveUndone_When_TheObjectIsOnlyInvitedOrEncouraged(string text, string doer, string target) =>
        Assert.DoesNotContain(Code(text), e => e.Source?.Primary == doer && e.Target?.Primary == target && e.Mood == EventMood.Asserted);
}
