using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>A name or demonym joined by a hyphen to a sponsor word ("Iranian-backed") names the backer of the noun after it.</summary>
[Collection(EngineCollection.Name)]
public sealed class SponsorCompoundTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("Iranian-backed militias attacked a base.", "Iranian-backed militias", "IRN")]
    [InlineData("Russian-backed separatists shelled the town.", "Russian-backed separatists", "RUS")]
    [InlineData("Saudi-led coalition jets bombed the port.", "Saudi-led", "SAU")]
    [InlineData("Pirates hijacked a Panama-flagged tanker.", "Panama-flagged", "PAN")]
    [InlineData("The United States vetoed a Brazilian-drafted resolution.", "Brazilian-drafted", "BRA")]
    public void Should_NameTheBacker_When_ADemonymIsJoinedToASponsorWord(string text, string span, string country)
    {
        var document = fixture.Engine.ActorPipeline.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 3, 1) }));
        var mention = Assert.Single(document.Mentions, m => document.Text[m.Start..m.End] == span);
        Assert.Equal(country, mention.Actor.Country);
    }

    [Theory]
    [InlineData("A well-armed group attacked the base.")]
    [InlineData("The state-backed media reported the attack.")]
    public void Should_FindNoActor_When_TheWordBeforeTheHyphenIsNoName(string text)
    {
        var document = fixture.Engine.ActorPipeline.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 3, 1) }));
        Assert.Empty(document.Mentions);
    }
}
