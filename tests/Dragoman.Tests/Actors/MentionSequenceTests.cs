using System.Globalization;
using Dragoman.Actors;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>
/// The mentions of a sentence are composed one after another from the same set of parts; these
/// tests check that a mention takes nothing (person, unknown name, holder) from the one before it.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class MentionSequenceTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "2024-03-01", "Kenyan Prime Minister Joseph Doe Mwangi met Russian navy officers.", "KENGOV", "RUSMIL")]
    [InlineData("en", "2023-06-01", "The WHO chief met South Korean farmers.", "IGOWHO", "KORCVL")]
    [InlineData("it", "2024-03-01", "Il ministro degli Esteri keniano Amos Ndegwa ha incontrato i pescatori giapponesi.", "KENGOV", "JPNCVL")]
    public void Should_NotCarryPartsOver_When_SecondMentionFollowsPerson(string lang, string date, string text, string firstCode, string secondCode)
    {
        var mentions = Mentions(lang, date, text);
        var first = mentions.Single(m => m.Actor.Code == firstCode);
        var second = mentions.Single(m => m.Actor.Code == secondCode);

        Assert.True(first.End <= second.Start);
        Assert.NotEqual(first.Actor.Name, second.Actor.Name);
        Assert.DoesNotContain("people.tsv", second.Reason, StringComparison.Ordinal);
        Assert.Equal(MentionKind.Agent, second.Kind);
    }

    private List<ActorMention> Mentions(string lang, string date, string text)
    {
        var info = new DocumentInfo { Language = lang, PublicationDate = DateOnly.Parse(date, CultureInfo.InvariantCulture) };
        return [.. fixture.Engine.ActorPipeline.Process(new Document("t", text, info)).Mentions];
    }
}
