using System.Text.RegularExpressions;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dragoman.Tests.Actors;

/// <summary>Every mention of the founding article's actors is found and resolved (read from ../shared, never copied).</summary>
[Collection(EngineCollection.Name)]
public sealed class FoundingArticleActorTests(EngineFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("Putin", "RUS")]
    [InlineData("Kim", "PRK")]
    [InlineData("Russia", "RUS")]
    [InlineData("Corea del Nord", "PRK")]
    [InlineData("Mosca", "RUS")]
    [InlineData("Pyongyang", "PRK")]
    [InlineData("Washington", "USA")]
    [InlineData("Cremlino", "RUS")]
    [InlineData("Stati Uniti", "USA")]
    [InlineData("Corea del Sud", "KOR")]
    [InlineData("Giappone", "JPN")]
    [InlineData("Ucraina", "UKR")]
    [InlineData("Nazioni Unite", "IGOUNO")]
    [InlineData("Unione Sovietica", "SUN")]
    [InlineData("due paesi", "RUS+PRK")]
    public void Should_ResolveEveryOccurrence_When_ReadingTheFoundingArticle(string surface, string code)
    {
        if (SharedFolder.File("samples/putin-kim-pact.it.txt") is not { } path)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        var text = File.ReadAllText(path);
        var document = fixture.Engine.ActorPipeline.Process(new Document("seed", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) }));
        var codes = code.Split('+');
        var occurrences = Regex.Matches(text, $@"\b{Regex.Escape(surface)}\b").ToList();
        Assert.NotEmpty(occurrences);
        foreach (var occurrence in occurrences)
        {
            var covering = document.Mentions.Where(m => m.Start <= occurrence.Index && occurrence.Index + occurrence.Length <= m.End).ToList();
            Assert.True(
                covering.Any(m => codes.All(c => m.AllActors.Any(a => a.Primary == c))),
                $"«{surface}» at {occurrence.Index}: {(covering.Count == 0 ? "no mention" : string.Join(", ", covering.Select(m => $"{m.Actor.Code} [{string.Join('+', m.Members.Select(a => a.Code))}]")))}");
        }
    }
}
