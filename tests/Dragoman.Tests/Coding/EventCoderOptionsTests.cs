using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Events whose doer is not named are written out only when asked (<c>--one-sided</c>); CAMEO events are dyadic.</summary>
[Collection(EngineCollection.Name)]
public sealed class EventCoderOptionsTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "Three soldiers were killed in an ambush in northern Mali on Tuesday.", "MLI")]
    [InlineData("en", "Eleven miners were shot dead in eastern Burkina Faso.", "BFA")]
    [InlineData("it", "Sono stati uccisi dieci soldati in un agguato nel nord del Niger.", "NER")]
    public void Should_WriteTheEventOnlyWhenAsked_When_ItsDoerIsNotNamed(string language, string text, string target)
    {
        var info = new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 3, 4) };
        var dyadic = fixture.Engine.Process(new Document("t", text, info)).Events;
        var oneSided = fixture.OneSidedEngine.Process(new Document("t", text, info)).Events;
        Assert.DoesNotContain(dyadic, e => e.Source is null);
        Assert.Contains(oneSided, e => e.Source is null && e.Target?.Primary == target && e.Cameo.StartsWith("18", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Turkish drones struck a Kurdish camp in northern Iraq.", "TUR", "IRQ")]
    [InlineData("it", "Il presidente francese ha incontrato a Roma il premier italiano.", "FRA", "ITA")]
    public void Should_WriteTheSameDyadicEvents_When_OneSidedIsAsked(string language, string text, string source, string target)
    {
        var info = new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 3, 4) };
        var dyadic = fixture.Engine.Process(new Document("t", text, info)).Events;
        var oneSided = fixture.OneSidedEngine.Process(new Document("t", text, info)).Events;
        Assert.Contains(dyadic, e => e.Source?.Primary == source && e.Target?.Primary == target);
        Assert.Equal(dyadic.Select(e => (e.Cameo, e.Source?.Code, e.Target?.Code)), oneSided.Where(e => e.Source is not null).Select(e => (e.Cameo, e.Source?.Code, e.Target?.Code)));
    }
}
