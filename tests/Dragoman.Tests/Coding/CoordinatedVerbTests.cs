using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A verb right after "and" shares the first verb's subject; the mention before "and" is that verb's object.</summary>
[Collection(EngineCollection.Name)]
public sealed class CoordinatedVerbTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string language, string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("en", "Japan summoned the Chinese ambassador on Friday and condemned Beijing.", "JPN", "CHN", "11")]
    [InlineData("en", "Poland praised Lithuania and criticized Belarus.", "POL", "BLR", "11")]
    public void Should_KeepTheFirstSubject_When_VerbFollowsAnd(string language, string text, string source, string target, string root)
    {
        var events = Code(language, text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ShareTheTarget_When_ASecondActOfTheSameKindHasNone()
    {
        var events = Code("en", "Norway will send artillery to Estonia, and Denmark said it would supply ten tanks.");
        Assert.Contains(events, e => e.Source?.Primary == "DNK" && e.Target?.Primary == "EST" && e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }
}
