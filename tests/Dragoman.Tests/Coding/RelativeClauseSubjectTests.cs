using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A relative clause between commas has its own verb, and the verb after it belongs to the antecedent.</summary>
[Collection(EngineCollection.Name)]
public sealed class RelativeClauseSubjectTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Sweden, which joined NATO last year, sent fighter jets to Poland.", "SWE", "07", "POL")]
    [InlineData("Germany, which borders Poland, criticised Russia.", "DEU", "11", "RUS")]
    public void Should_GiveTheMainVerbTheAntecedent_When_ARelativeClauseStandsBetween(string text, string source, string root, string target)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source?.Primary != source && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sweden, which joined NATO last year, sent fighter jets to Poland.", "SWE", "05", "IGOWSTNAT")]
    public void Should_CodeTheRelativeClausesVerb_When_AFiniteFormFollowsTheRelativeWord(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
}
