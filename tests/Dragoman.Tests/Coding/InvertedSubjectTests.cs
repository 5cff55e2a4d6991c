using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>
/// A verb of saying followed by an actor has that actor for subject only where the clause starts with the verb: not after a
/// relative clause closed by a comma, not after "and", not after a subject pronoun.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class InvertedSubjectTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "France, which holds the rotating presidency of the bloc, warned Russia against any escalation.", "FRA", "RUS", "13")]
    [InlineData("en", "Kenya, which sent police officers to Haiti last year, urged Ethiopia to withdraw its troops.", "KEN", "ETH", "02")]
    [InlineData("it", "La Francia, che detiene la presidenza di turno dell'Unione, ha avvertito la Russia contro ogni escalation.", "FRA", "RUS", "13")]
    [InlineData("en", "Poland summoned its ambassador and warned Belarus against any provocation.", "POL", "BLR", "13")]
    [InlineData("en", "Japan lodged a protest and urged China to stop the incursions.", "JPN", "CHN", "02")]
    [InlineData("it", "Il governo polacco ha convocato il proprio ambasciatore e ha avvertito la Bielorussia.", "POL", "BLR", "13")]
    [InlineData("en", "French President Emmanuel Macron arrived in Geneva on Monday. He warned Russia against any escalation.", "FRA", "RUS", "13")]
    [InlineData("en", "Brazilian President Lula da Silva landed in Caracas on Friday. He urged Venezuela to free the opposition leaders.", "BRA", "VEN", "02")]
    public void Should_KeepTheSubjectBeforeTheVerb_When_AVerbOfSayingIsFollowedByItsObject(string language, string text, string source, string target, string root)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 5, 12) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Mood != EventMood.Hypothetical && e.Source?.Primary == target && e.Target?.Primary == source);
    }

    [Theory]
    [InlineData("en", "\"We will not accept this,\" warned Russia's foreign minister.", "RUS")]
    [InlineData("it", "«Non lo accetteremo», ha avvertito il ministro degli Esteri russo.", "RUS")]
    public void Should_TakeTheActorAfterTheVerb_When_TheVerbFollowsAQuotation(string language, string text, string speaker)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 5, 12) }));
        Assert.Contains(document.Quotes, q => q.Speaker.Primary == speaker);
    }
}
