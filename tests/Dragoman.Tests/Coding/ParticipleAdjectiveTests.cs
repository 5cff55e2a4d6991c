using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A past form used as an adjective before a noun ("alleged abuses") heads no clause; after a name it is still the verb.</summary>
[Collection(EngineCollection.Name)]
public sealed class ParticipleAdjectiveTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("The UN launched an investigation into alleged abuses by Sudan's paramilitary forces.", "IGOUNO", "09", "SDN")]
    [InlineData("Jordan opened an inquiry into suspected smuggling by Syrian militias.", "JOR", "09", "SYR")]
    public void Should_KeepTheClauseOpen_When_AParticipleModifiesANoun(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Belarus jailed two Polish activists.", "BLR", "POL")]
    [InlineData("Iran jailed a French tourist.", "IRN", "FRA")]
    public void Should_KeepTheVerb_When_TheFormFollowsAName(string text, string source, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target);
}
