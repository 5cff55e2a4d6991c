using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A required word inside the active verb's subject names the doer, not the act; outside it (a raid as subject) it still counts; the verb is never its own required word.</summary>
[Collection(EngineCollection.Name)]
public sealed class RequiredWordInSubjectTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string language, string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("en", "Russian troops captured the village of Krasnohorivka in eastern Ukraine.", "RUS", "19", "17")]
    [InlineData("en", "Israeli soldiers captured a hilltop near the Lebanese border.", "ISR", "19", "17")]
    public void Should_IgnoreTheSubjectsWords_When_MatchingAnActiveVerb(string language, string text, string source, string root, string notRoot)
    {
        var events = Code(language, text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith(notRoot, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it", "Un raid aereo israeliano ha distrutto l'edificio consolare iraniano a Damasco.", "ISR", "19", "IRN")]
    public void Should_CountTheSubjectsNoun_When_ItIsNoActor(string language, string text, string source, string root, string target) =>
        Assert.Contains(Code(language, text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "The European Union granted candidate status to Georgia.", "IGOEUREEC", "05", "07")]
    public void Should_NotTakeTheVerbAsItsOwnObject_When_TheTriggerIsARequiredWord(string language, string text, string source, string root, string notRoot)
    {
        var events = Code(language, text);
        Assert.Contains(events, e => e.Source?.Code == source && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith(notRoot, StringComparison.Ordinal));
    }
}
