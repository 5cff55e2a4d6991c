using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Adjectives left outside a mention do not hide the preposition that introduces it.</summary>
[Collection(EngineCollection.Name)]
public sealed class PrepositionOverAdjectiveTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Russia launched a ground offensive against ethnic Georgian fighters near the border.", "RUS", "19", "GEO")]
    [InlineData("Serbia opened fire on ethnic Albanian police officers near the border.", "SRB", "19", "ALB")]
    [InlineData("Brazil offered asylum to former Peruvian president Pedro Castillo.", "BRA", "07", "PER")]
    public void Should_FindTheTarget_When_AdjectivesStandBetweenPrepositionAndMention(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target?.Primary == target);
    }

    [Theory]
    [InlineData("Houthi rebels fired a ballistic missile at a U.S. destroyer in the Red Sea.", "YEM", "19", "USA")]
    [InlineData("Iran fired rockets at an Israeli warship off the coast.", "IRN", "19", "ISR")]
    public void Should_FindTheTarget_When_AnIndefiniteArticleStandsBetweenPrepositionAndMention(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target?.Primary == target);
    }

    [Theory]
    [InlineData("Mali and Niger announced their withdrawal from the West African bloc ECOWAS.", "MLI", "16", "IGOECOWAS")]
    [InlineData("Israel launched a ground offensive against the militant group Hamas.", "ISR", "19", "PSE")]
    public void Should_FindTheTarget_When_ANameFollowsItsCommonNoun(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target?.Primary == target);
    }

    [Theory]
    [InlineData("Ukraine fired U.S.-made missiles at a military facility in Russia's Bryansk region.", "UKR", "19", "RUS")]
    public void Should_ReadNoVerb_When_AWordIsJoinedByAHyphenToTheWordBefore(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target?.Primary == target);
    }
}
