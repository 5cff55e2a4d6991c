using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Time;

/// <summary>A weekday dates a future event forward and a past act of intent backward (published Wednesday 2025-03-26).</summary>
[Collection(EngineCollection.Name)]
public sealed class EventDateMoodTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("Russia and Ukraine agreed on Tuesday to ensure safe navigation in the Black Sea.", "03", "2025-03-25")]
    [InlineData("Russia plans to hold talks with Ukraine on Tuesday.", "04", "2025-04-01")]
    public void Should_DateTheEventByItsMood_When_AWeekdayIsNamed(string text, string root, string expected)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2025, 3, 26) })).Events;
        var dated = events.Where(e => e.Cameo.StartsWith(root, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(dated);
        Assert.All(dated, e => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date));
    }
}
