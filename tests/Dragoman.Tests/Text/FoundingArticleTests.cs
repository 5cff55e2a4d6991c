using Xunit;
using Xunit.Abstractions;

namespace Dragoman.Tests.Text;

/// <summary>The founding article (read from ../shared/samples, never copied) splits into its 25 sentences.</summary>
public sealed class FoundingArticleTests(TextStagesFixture stages, ITestOutputHelper output) : IClassFixture<TextStagesFixture>
{
    private const string SampleName = "putin-kim-pact.it.txt";

    // Counted by hand: 14 paragraphs with 2, 2, 1, 2, 2, 2, 1, 1, 3, 2, 2, 2, 1, 2 sentences.
    private const int ExpectedSentences = 25;

    [Fact]
    public void Should_SplitIntoItsSentences_When_ReadingFoundingArticle()
    {
        var text = ReadSample();
        if (text is null)
        {
            return;
        }

        var document = stages.Run(text, "it");
        var sentences = document.Sentences.Select(s => document.Slice(s.Start, s.End)).ToArray();
        Assert.Equal(ExpectedSentences, sentences.Length);
        Assert.Equal(14, document.Sentences.Count(s => s.EndsParagraph));
        // Boundaries counted by hand: the first sentence is the first line up to its first full stop.
        var firstLine = text.Split('\n')[0];
        Assert.Equal(firstLine[..(firstLine.IndexOf(". ", StringComparison.Ordinal) + 1)], sentences[0]);
        Assert.StartsWith(firstLine[(firstLine.IndexOf(". ", StringComparison.Ordinal) + 2)..], sentences[1], StringComparison.Ordinal);
        Assert.EndsWith("mondiale.", sentences[^1], StringComparison.Ordinal);
        Assert.True(document.Sentences[^1].EndsParagraph);
    }

    [Fact]
    public void Should_KeepQuotedStatementWithItsReportingClause_When_QuoteContainsCommas()
    {
        var text = ReadSample();
        if (text is null)
        {
            return;
        }

        var document = stages.Run(text, "it");
        var sentences = document.Sentences.Select(s => document.Slice(s.Start, s.End)).ToArray();
        var quoted = Assert.Single(sentences, s => s.EndsWith(", ha detto Putin.", StringComparison.Ordinal));
        Assert.StartsWith("\u201CQuesto \u00E8 un documento", quoted, StringComparison.Ordinal);
        Assert.Contains("\u201D, ha detto Putin.", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_TokenizeWithoutLosingText_When_ReadingFoundingArticle()
    {
        var text = ReadSample();
        if (text is null)
        {
            return;
        }

        var document = stages.Run(text, "it");
        Assert.Contains(document.Tokens, t => t.Text == "11.000" && t.Kind == Dragoman.Documents.TokenKind.Number);
        Assert.Contains(document.Tokens, t => t.Text == "Jong-un");
        Assert.Contains(document.Tokens, t => t.Text == "tecnico-militare");
        Assert.Contains(document.Tokens, t => t.Text == "dell'" && text[t.Start..t.End] == "dell\u2019");
        Assert.Equal(document.Tokens.Length, document.Sentences.Sum(s => s.TokenCount));
    }

    private string? ReadSample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "shared", "samples")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            output.WriteLine($"shared/samples not found above {AppContext.BaseDirectory}; founding-article test not run");
            return null;
        }

        var path = Path.Combine(directory.FullName, "shared", "samples", SampleName);
        if (!File.Exists(path))
        {
            output.WriteLine($"{path} not found; founding-article test not run");
            return null;
        }

        return File.ReadAllText(path);
    }
}
