using System.Globalization;
using Dragoman.Languages;
using Xunit;
using Xunit.Abstractions;

namespace Dragoman.Tests.Languages;

public sealed class LanguageCorpusAccuracyTests : IClassFixture<LanguageDetectorFixture>
{
    private const double RequiredAccuracy = 0.99;
    private const int MinimumParagraphs = 30;
    private const int MinimumWords = 20;

    private readonly LanguageDetectorFixture fixture;
    private readonly ITestOutputHelper output;

    public LanguageCorpusAccuracyTests(LanguageDetectorFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    public static TheoryData<string> CorpusLanguages => new(LanguageCorpus.Languages);

    [Theory]
    [MemberData(nameof(CorpusLanguages))]
    public void Should_HaveThirtyLongParagraphs_When_CorpusIsRead(string language)
    {
        var paragraphs = LanguageCorpus.Paragraphs(language);

        Assert.True(paragraphs.Count >= MinimumParagraphs, $"{language}: only {paragraphs.Count} paragraphs");
        Assert.All(paragraphs, p => Assert.True(LanguageCorpus.WordCount(p) >= MinimumWords, $"{language}: short paragraph: {p}"));
    }

    [Theory]
    [MemberData(nameof(CorpusLanguages))]
    public void Should_DetectEachParagraph_When_CorpusLanguageIsKnown(string language)
    {
        var paragraphs = LanguageCorpus.Paragraphs(language);
        var correct = 0;
        foreach (var paragraph in paragraphs)
        {
            var guess = fixture.Detector.Detect(paragraph);
            if (guess.Language == language && guess.IsReliable)
            {
                correct++;
            }
            else
            {
                output.WriteLine($"{language} -> {guess.Language} ({guess.Confidence:F3}, reliable {guess.IsReliable}): {paragraph}");
            }
        }

        var accuracy = (double)correct / paragraphs.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {correct}/{paragraphs.Count} = {accuracy:P1}"));
        Assert.True(accuracy >= RequiredAccuracy, $"{language}: accuracy {accuracy:P1} below {RequiredAccuracy:P0}");
    }

    [Fact]
    public void Should_ReachRequiredAccuracy_When_WholeCorpusIsDetected()
    {
        var total = 0;
        var correct = 0;
        var lowest = 1.0;
        foreach (var language in LanguageCorpus.Languages)
        {
            foreach (var paragraph in LanguageCorpus.Paragraphs(language))
            {
                var guess = fixture.Detector.Detect(paragraph);
                total++;
                correct += guess.Language == language ? 1 : 0;
                lowest = Math.Min(lowest, guess.Confidence);
            }
        }

        var accuracy = (double)correct / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overall: {correct}/{total} = {accuracy:P2}; lowest confidence {lowest:F3}"));
        Assert.True(accuracy >= RequiredAccuracy);
    }

    [Fact]
    public void Should_AgreeWithWholeReading_When_OpeningIsDecisive()
    {
        var whole = new LanguageDetector(fixture.Detector.Profiles, LanguageDetectorOptions.Default with { QuickSampleLength = int.MaxValue / 2 });
        var (quick, total) = (0, 0);
        foreach (var language in LanguageCorpus.Languages)
        {
            // Two paragraphs make a text as long as an article's opening, long enough for the shortcut.
            var paragraphs = LanguageCorpus.Paragraphs(language);
            foreach (var paragraph in paragraphs.Zip(paragraphs.Skip(1), (a, b) => a + "\n" + b))
            {
                var guess = fixture.Detector.Detect(paragraph);
                var full = whole.Detect(paragraph);
                total++;
                quick += guess.LettersRead < full.LettersRead ? 1 : 0;
                Assert.Equal(full.Language, guess.Language);
                Assert.Equal(full.IsReliable, guess.IsReliable);
            }
        }

        // The shortcut is only worth having if most paragraphs take it.
        output.WriteLine($"{quick} of {total} paragraphs decided by their opening");
        Assert.True(quick * 2 > total, $"only {quick} of {total} paragraphs decided by their opening");
    }
}
