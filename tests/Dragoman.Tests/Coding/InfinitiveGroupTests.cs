using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>An English verb after "to" heads its own non-finite group; after readiness or deliberation it is not yet done.</summary>
[Collection(EngineCollection.Name)]
public sealed class InfinitiveGroupTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("France is ready to send troops to Ukraine.", "FRA", "07", "UKR")]
    [InlineData("Germany stands ready to provide air defence systems to Poland.", "DEU", "07", "POL")]
    [InlineData("The Pentagon is weighing whether to send additional troops to Poland.", "USA", "07", "POL")]
    public void Should_CodeTheInfinitiveAsHypothetical_When_ItFollowsReadinessOrDeliberation(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target?.Primary == target
            && e.Mood == EventMood.Hypothetical);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Mood == EventMood.Asserted);
    }

    [Theory]
    [InlineData("Turkey's parliament approved Finland's bid to join NATO.", "TUR")]
    [InlineData("Croatia backed Montenegro's request to join the European Union.", "HRV")]
    public void Should_NotGiveTheInfinitiveTheClauseSubject_When_ANounGovernsIt(string text, string mainSubject)
    {
        var events = Code(text);
        Assert.DoesNotContain(events, e => e.Source?.Primary == mainSubject && e.Cameo.StartsWith("05", StringComparison.Ordinal)
            && e.Target?.Primary is "IGOWSTNAT" or "IGOEUREEC");
    }

    [Theory]
    [InlineData("Germany agreed to supply tanks to Ukraine.", "DEU", "07", "UKR")]
    [InlineData("Japan plans to supply air defence missiles to the Philippines.", "JPN", "07", "PHL")]
    [InlineData("Canada decided to fund the programme in Haiti.", "CAN", "07", "HTI")]
    public void Should_CodeTheInfinitive_When_ItsBaseFormCanAlsoBeANoun(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Target?.Primary == target);
    }
}
