using Dragoman.Evaluation;

namespace Dragoman.Tests.Evaluation;

public sealed class EventScorerTests
{
    private static GoldDocument Gold(GoldEvent[] events, GoldEvent[]? optional = null) =>
        new("d", "it", null, "", events, optional ?? []);

    [Theory]
    [InlineData("RUS", "PRK", "05", true)]
    [InlineData("PRK", "RUS", "05", true)]
    [InlineData("PRK", "RUS", "04", false)]
    public void Should_AcceptEitherDirection_When_GoldEventIsSymmetric(string source, string target, string root, bool hit)
    {
        var score = EventScorer.Score(Gold([new(["RUS"], ["PRK"], ["05"], true)]), new HashSet<PredictedTriple> { new(source, target, root) });
        Assert.Equal(hit ? 1 : 0, score.Counts.TruePositives);
    }

    [Theory]
    [InlineData("IGOUNO", "UNO", true)]
    [InlineData("IGOUNO", "UN", true)]
    [InlineData("IGOWSTNAT", "NATO", false)]
    [InlineData("IGOWSTNAT", "NAT", true)]
    [InlineData("IGOEUREEC", "IGO", true)]
    [InlineData("RUS", "*", true)]
    [InlineData(null, "*", true)]
    [InlineData("USA", "RUS", false)]
    public void Should_MatchCodesAsReferenceScorer_When_ComparingActors(string? predicted, string accepted, bool expected) =>
        Assert.Equal(expected, GoldEvent.CodeMatch(predicted, [accepted]));

    [Fact]
    public void Should_NeitherRewardNorPenalise_When_EventIsOptional()
    {
        var score = EventScorer.Score(
            Gold([new(["RUS"], ["USA"], ["11"], false)], [new(["RUS"], ["UKR"], ["19"], false)]),
            new HashSet<PredictedTriple> { new("RUS", "USA", "11"), new("RUS", "UKR", "19"), new("RUS", "CHN", "04") });
        Assert.Equal(new ScoreCounts(1, 1, 0), score.Counts);
        Assert.Equal(0.5, score.Counts.Precision);
        Assert.Equal(0.667, score.Counts.F1);
    }
}
