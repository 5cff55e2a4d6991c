using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>An English past form followed at once by "by" describes the word before it; it is no act of that word.</summary>
[Collection(EngineCollection.Name)]
public sealed class ReducedRelativeTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("The G7 agreed to lend Ukraine $50 billion backed by the profits of frozen Russian assets.", "UKR")]
    [InlineData("Kenya sent police to Haiti backed by the United Nations.", "HTI")]
    [InlineData("M23 rebels backed by Rwandan troops seized Goma.", "CODREBM23")]
    public void Should_CodeNoActOfThePrecedingWord_When_APastFormIsFollowedByItsAgent(string text, string notSource)
    {
        var events = Code(text);
        Assert.DoesNotContain(events, e => (e.Source?.Primary == notSource || e.Source?.Code == notSource) && e.Cameo.StartsWith("05", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("M23 rebels backed by Rwanda attacked Congolese troops near Goma.", "COD")]
    public void Should_KeepTheMainVerb_When_AReducedRelativeDescribesTheSubject(string text, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => (e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal)) && e.Target?.Primary == target);
    }
}
