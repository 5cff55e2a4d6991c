using System.Globalization;
using System.Text.RegularExpressions;
using Dragoman.Actors;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>
/// The reason of a mention is written part by part into a buffer reused for every mention of the
/// document; these tests check the joined text: separators, dates, and no parts left from the mention before.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed partial class MentionReasonTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "2022-03-01", "Iran's president spoke in Tehran.", "IRNGOV")]
    [InlineData("en", "2023-06-01", "The WHO chief warned of a new outbreak.", "IGOWHO")]
    [InlineData("it", "2023-06-01", "Il segretario generale della NATO è arrivato a Vilnius.", "IGOWSTNAT")]
    public void Should_JoinSourcesAndOffice_When_RoleResolvesToHolder(string lang, string date, string text, string code)
    {
        var mention = Mentions(lang, date, text).Single(m => m.Actor.Code == code);

        Assert.Matches(OfficeReason(), mention.Reason);
        Assert.Contains($" of {code} on {date}: data/actors/people.tsv:", mention.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "2024-03-01", "Kenya and Italy signed a deal.")]
    [InlineData("it", "2024-03-01", "Il Kenya e l'Italia hanno firmato un accordo.")]
    public void Should_GiveOneSourceEach_When_MentionsAreCountryNames(string lang, string date, string text)
    {
        var mentions = Mentions(lang, date, text);

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Matches(SingleSource(), m.Reason));
        Assert.NotEqual(mentions[0].Reason, mentions[1].Reason);
    }

    [Fact]
    public void Should_StartFromEmptyReason_When_NextMentionIsBuilt()
    {
        var mentions = Mentions("en", "2023-06-01", "The WHO chief met Iran's president in Geneva.");
        var who = mentions.Single(m => m.Actor.Code == "IGOWHO");
        var iran = mentions.Single(m => m.Actor.Code == "IRNGOV");

        Assert.DoesNotContain("IRNGOV", who.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("IGOWHO", iran.Reason, StringComparison.Ordinal);
        Assert.All(mentions, m => Assert.DoesNotMatch(EmptyPart(), m.Reason));
    }

    private List<ActorMention> Mentions(string lang, string date, string text)
    {
        var info = new DocumentInfo { Language = lang, PublicationDate = DateOnly.Parse(date, CultureInfo.InvariantCulture) };
        return [.. fixture.Engine.ActorPipeline.Process(new Document("t", text, info)).Mentions];
    }

    [GeneratedRegex(@"^data/actors/\w+\.tsv:\d+( \+ [^+]+)+$")]
    private static partial Regex OfficeReason();

    [GeneratedRegex(@"^data/actors/\w+\.tsv:\d+$")]
    private static partial Regex SingleSource();

    [GeneratedRegex(@"(^ \+ )|( \+  \+ )|( \+ $)")]
    private static partial Regex EmptyPart();
}
