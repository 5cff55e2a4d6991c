using System.Globalization;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;
using Dragoman.Treaties;
using Xunit.Abstractions;

namespace Dragoman.Tests.Treaties;

/// <summary>Every case of Specs/treaties-*.md: treaties extracted from a text, or an allies question answered.</summary>
[Collection(EngineCollection.Name)]
public sealed class TreatySpecTests(EngineFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in TreatySpecParser.ReadAll())
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Fact]
    public void Should_HaveAtLeastTwentyCases_When_ReadingTreatySpecs() => Assert.True(TreatySpecParser.ReadAll().Count >= 20);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_MatchSpec_When_RunningTreatyCase(string id)
    {
        var spec = TreatySpecParser.ReadAll().Single(c => c.Id == id);
        if (spec.Allies is null)
        {
            CheckExtraction(spec);
        }
        else
        {
            CheckQuestion(spec);
        }
    }

    private void CheckExtraction(TreatySpecCase spec)
    {
        var text = spec.Source is null ? spec.Text : ReadSource(spec.Source);
        if (text is null)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        var document = fixture.Engine.Process(new Document(spec.Id, text, new DocumentInfo { Language = spec.Language, PublicationDate = spec.Date }));
        var listing = string.Join("\n", document.Treaties.Select(TreatySpecMatcher.Describe));
        if (spec.TreatyCount is { } count)
        {
            Assert.True(document.Treaties.Count == count, $"{spec}: expected {count} treaties, got:\n{listing}");
        }

        foreach (var expected in spec.Treaties)
        {
            Assert.True(document.Treaties.Any(t => TreatySpecMatcher.Matches(t, expected)), $"{spec}: no treaty like «{expected}»; got:\n{listing}");
        }

        foreach (var pair in spec.Supersedes)
        {
            var years = pair.Split('>', StringSplitOptions.TrimEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToArray();
            var later = document.Treaties.Single(t => t.Year == years[0]);
            var earlier = document.Treaties.Single(t => t.Year == years[1]);
            Assert.True(later.Supersedes.Contains(earlier.Id), $"{spec}: {years[0]} should supersede {years[1]}; got:\n{listing}");
        }
    }

    private void CheckQuestion(TreatySpecCase spec)
    {
        var extracted = new List<Treaty>();
        foreach (var from in spec.From)
        {
            var parts = from.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ReadSource(parts[0]) is not { } text)
            {
                output.WriteLine(SharedFolder.Missing);
                return;
            }

            var info = new DocumentInfo { Language = parts[1], PublicationDate = DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture) };
            extracted.AddRange(fixture.Engine.Process(new Document(Path.GetFileName(parts[0]), text, info)).Treaties);
        }

        var graph = new AllianceGraph(spec.NoKnowledgeBase ? [] : fixture.Engine.TreatyKnowledgeBase.Treaties, extracted);
        var ties = graph.Ask(new AllianceQuery(spec.Allies!, spec.Date) { Attacker = spec.Attacker, Location = spec.Location });
        var listing = string.Join("\n", ties.Select(t => $"{t.Standing} {t.Helper} {t.Treaty.Id} {t.Provision?.Mode} — {t.Reason}"));
        foreach (var expected in spec.Expect)
        {
            Assert.True(TreatySpecMatcher.Satisfies(ties, expected), $"{spec}: expected «{expected}»; got:\n{listing}");
        }
    }

    private static string? ReadSource(string source)
    {
        if (source.StartsWith("shared:", StringComparison.Ordinal))
        {
            return SharedFolder.File(source["shared:".Length..]) is { } path ? File.ReadAllText(path) : null;
        }

        return File.ReadAllText(Path.Combine(AppContext.BaseDirectory, source));
    }
}
