using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Participles after a comma, and a negative determiner on the subject.</summary>
[Collection(EngineCollection.Name)]
public sealed class ClauseShapeTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Fact]
    public void Should_NegateTheEvent_When_SubjectStartsWithNo()
    {
        var events = Code("No Turkish warships entered Greece's territorial waters last month.");
        Assert.All(events.Where(e => e.Source?.Primary == "TUR"), e => Assert.True(e.Negated));
    }

    [Fact]
    public void Should_ReadAParticiple_When_PastFormFollowsANounAndACommaAfterTheMainVerb()
    {
        // "signed in 1994" describes the treaty; it is not a second act of Moldova's.
        var events = Code("Moldova criticized Romania over the border treaty with Ukraine, signed in 1994.");
        Assert.Contains(events, e => e.Source?.Primary == "MDA" && e.Target?.Primary == "ROU");
        Assert.DoesNotContain(events, e => e.Source?.Primary == "MDA" && e.Cameo.StartsWith("05", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_KeepTheMainVerb_When_CommaClosesTheSubjectsApposition()
    {
        var events = Code("Canada's prime minister, Justin Trudeau, criticized China on Monday.");
        Assert.Contains(events, e => e.Source?.Primary == "CAN" && e.Target?.Primary == "CHN" && e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_AddCoAgentsToTheSource_When_MentionFollowsAlongside()
    {
        var events = Code("Spain recognised Kosovo on Monday, alongside Portugal and Greece.");
        Assert.Contains(events, e => e.Source?.Primary == "ESP" && e.Target?.Primary == "XKX");
        Assert.Contains(events, e => e.Source?.Primary == "PRT" && e.Target?.Primary == "XKX");
        Assert.DoesNotContain(events, e => e.Target?.Primary is "PRT" or "GRC");
    }

    [Fact]
    public void Should_LeaveTheSpeakerOut_When_InvertedReportingClauseFollows()
    {
        var events = Code("Sudan and Chad signed a border agreement, Egypt's foreign minister announced.");
        Assert.Contains(events, e => e.Source?.Primary == "SDN" && e.Target?.Primary == "TCD");
        Assert.DoesNotContain(events, e => e.Target?.Primary == "EGY" || e.Source?.Primary == "EGY");
    }

    [Fact]
    public void Should_TakeTheParticiplesAgents_When_ObjectWasSignedSomewhereByThem()
    {
        var events = Code("The Arab League welcomed the peace accord signed in Doha by Sudan and Chad.");
        Assert.Contains(events, e => e.Source?.Primary == "SDN" && e.Target?.Primary == "TCD" && e.Cameo.StartsWith("05", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Target?.Primary == "SDN" && e.Cameo.StartsWith("05", StringComparison.Ordinal) && e.Source?.Primary != "TCD");
        Assert.DoesNotContain(events, e => e.Target?.Primary == "QAT");
    }

    [Fact]
    public void Should_FindTheSubject_When_ANameContainsABoundaryWord()
    {
        // "WHO" is also the relative pronoun "who"; inside a name it opens no clause.
        var events = Code("WHO chief Tedros Adhanom Ghebreyesus urged Sudan to open the border crossings.");
        Assert.Contains(events, e => e.Source?.Code == "IGOWHO" && e.Target?.Primary == "SDN" && e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }
}
