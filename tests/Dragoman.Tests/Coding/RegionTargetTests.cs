using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Regions and towns of the gazetteer (kind <c>region</c>) stand for the state that holds them when attacked.</summary>
[Collection(EngineCollection.Name)]
public sealed class RegionTargetTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "Russian forces shelled Avdiivka on Monday.", "RUS", "UKR")]
    [InlineData("en", "Ukrainian drones struck an oil depot in Belgorod.", "UKR", "RUS")]
    [InlineData("it", "Le forze israeliane hanno bombardato Khan Younis.", "ISR", "PSE")]
    [InlineData("it", "L'esercito russo ha colpito Sumy con missili balistici.", "RUS", "UKR")]
    public void Should_CodeTheHoldingState_When_ARegionIsAttacked(string language, string text, string source, string target)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target
            && (e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal)));
    }
}
