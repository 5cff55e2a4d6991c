using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>
/// A subject keeps its verb across what is set off by commas after it: a gerund phrase ("speaking in Geneva") or a relative
/// clause whose own subject names no actor ("le cui truppe sono in allerta").
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class SubjectAfterInsertTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "France's foreign minister, speaking in Geneva, condemned Russia.", "FRA", "RUS", "11")]
    [InlineData("en", "The Kenyan government, citing security concerns, expelled two Somali diplomats.", "KEN", "SOM", "1")]
    [InlineData("it", "Il ministro degli Esteri francese, parlando a Ginevra, ha condannato la Russia.", "FRA", "RUS", "11")]
    [InlineData("it", "La Francia, le cui truppe sono in allerta da gennaio, ha condannato la Russia.", "FRA", "RUS", "11")]
    [InlineData("it", "Il Giappone, il cui governo è stato rieletto a ottobre, ha imposto sanzioni alla Corea del Nord.", "JPN", "PRK", "16")]
    [InlineData("en", "Georgian protesters, whose leaders were arrested last week, rallied outside the parliament in Tbilisi.", "GEO", "GEO", "14")]
    [InlineData("en", "France, which holds the rotating presidency of the bloc, called on Russia to withdraw its forces.", "FRA", "RUS", "02")]
    public void Should_GiveTheVerbTheSubjectBeforeTheInsert_When_CommasSetOffAPhraseOrClause(string language, string text, string source, string target, string root)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 5, 12) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && !e.Negated);
    }

    [Theory]
    [InlineData("it", "La Francia non ha esitato a condannare la Russia.", "FRA", "RUS", "11")]
    [InlineData("it", "Il Giappone non ha tardato a sanzionare la Corea del Nord.", "JPN", "PRK", "16")]
    [InlineData("en", "Israel did not hesitate to strike Hezbollah positions in Lebanon.", "ISR", "LBN", "19")]
    public void Should_AssertTheInfinitive_When_ItsVerbIsANegatedLitotes(string language, string text, string source, string target, string root)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 5, 12) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && !e.Negated && e.Mood == EventMood.Asserted);
    }

    [Theory]
    [InlineData("it", "La Francia non ha deciso di condannare la Russia.")]
    [InlineData("en", "France did not agree to condemn Russia.")]
    public void Should_KeepTheNegation_When_TheNegatedVerbIsNoLitotes(string language, string text)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 5, 12) })).Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && !e.Negated && e.Mood == EventMood.Asserted);
    }
}
