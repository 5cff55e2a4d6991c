using Dragoman.Actors;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Golden;

/// <summary>Every actor line of the actor spec files (Specs/actors-*.md) must be found and resolved.</summary>
[Collection(EngineCollection.Name)]
public sealed class ActorSpecTests(EngineFixture fixture)
{
    private static readonly string[] Articles = ["il ", "lo ", "la ", "i ", "gli ", "le ", "l'", "the "];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in SpecFileParser.ReadAll("*.md").Where(c => c.Actors.Count > 0))
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_ResolveEveryActor_When_ReadingSpecCase(string id)
    {
        var spec = SpecFileParser.ReadAll("*.md").Single(c => c.Id == id);
        var document = fixture.Engine.ActorPipeline.Process(new Document(spec.Id, spec.Text, new DocumentInfo { Language = spec.Language, PublicationDate = spec.Date }));
        var found = document.Mentions.Select(m => (Text: Strip(document.Text[m.Start..m.End]), Mention: m)).ToList();
        foreach (var expected in spec.Actors)
        {
            var matches = found.Where(f => string.Equals(f.Text, Strip(expected.Text), StringComparison.OrdinalIgnoreCase)).ToList();
            var listing = string.Join("; ", found.Select(f => $"«{f.Text}»={f.Mention.Actor.Code}"));
            Assert.True(matches.Count > 0, $"{spec}: no mention «{expected.Text}»; found: {listing}");
            var codes = expected.Code.Split('+');
            Assert.True(
                matches.Any(m => codes.Length > 1
                    ? m.Mention.Members.Select(a => a.Code).Order().SequenceEqual(codes.Order())
                    : m.Mention.Actor.Code == expected.Code && (expected.Name is null || SameName(m.Mention.Actor.Name, expected.Name))),
                $"{spec}: «{expected.Text}» expected {expected.Code} {expected.Name}; got {string.Join(", ", matches.Select(m => $"{m.Mention.Actor.Code} {m.Mention.Actor.Name} [{string.Join("+", m.Mention.Members.Select(a => a.Code))}]"))}");
        }
    }

    /// <summary>Names compare after folding case, accents, hyphens and spaces: "Kim Jong Un" is "Kim Jong-un".</summary>
    private static bool SameName(string actual, string expected) =>
        string.Equals(FoldName(actual), FoldName(expected), StringComparison.Ordinal);

    private static string FoldName(string name) =>
        new(TextFolding.Fold(name.ToLowerInvariant()).Where(char.IsLetterOrDigit).ToArray());

    private static string Strip(string text)
    {
        foreach (var article in Articles)
        {
            if (text.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return text[article.Length..];
            }
        }

        return text;
    }
}
