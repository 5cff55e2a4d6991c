using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Languages;
using Dragoman.Pipeline;
using Xunit;

namespace Dragoman.Tests.Languages;

public sealed class LanguageDetectionStageTests : IClassFixture<LanguageDetectorFixture>
{
    private readonly LanguageDetectionStage stage;

    public LanguageDetectionStageTests(LanguageDetectorFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        stage = new LanguageDetectionStage(fixture.Detector, fixture.Supported);
    }

    [Theory]
    [InlineData("it", "Il presidente russo e il leader nordcoreano hanno firmato ieri a Pyongyang un trattato di assistenza reciproca.")]
    [InlineData("en", "The Russian president and the North Korean leader signed a mutual assistance treaty in Pyongyang yesterday.")]
    public void Should_SetLanguageAndConfidence_When_LanguageIsSupported(string expected, string text)
    {
        var document = Normalized(text);

        stage.Process(document);

        Assert.Equal(expected, document.Language);
        Assert.NotNull(document.LanguageConfidence);
        Assert.InRange(document.LanguageConfidence.Value, 0.8, 1.0);
    }

    [Fact]
    public void Should_KeepCallerLanguage_When_DocumentAlreadyHasOne()
    {
        var document = new Document("d1", "The government passed the new law on Tuesday evening.", new DocumentInfo { Language = "it" })
        {
            Normalized = NormalizedText.Identity("The government passed the new law on Tuesday evening."),
        };

        stage.Process(document);

        Assert.Equal("it", document.Language);
        Assert.Null(document.LanguageConfidence);
    }

    [Theory]
    [InlineData("fr", "Le gouvernement a adopté mardi soir la réforme des retraites après un long débat à l'Assemblée nationale.")]
    [InlineData("ru", "Правительство во вторник одобрило пенсионную реформу после долгих споров в парламенте.")]
    [InlineData("zh", "两国领导人周三在首都签署了一项共同防御条约。")]
    public void Should_ThrowUnsupportedLanguage_When_DetectedLanguageHasNoPipelineData(string language, string text)
    {
        var document = Normalized(text);

        var error = Assert.Throws<UnsupportedLanguageException>(() => stage.Process(document));

        Assert.Equal(language, error.Language);
        Assert.Equal(ErrorCatalogue.UnsupportedLanguage("doc-1", language), error.Message);
        Assert.Null(document.Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024 - 06 - 19")]
    [InlineData("OK")]
    public void Should_ThrowUndetectedLanguage_When_TextCannotBeJudged(string text)
    {
        var document = Normalized(text);

        var error = Assert.Throws<DragomanException>(() => stage.Process(document));

        Assert.Equal(ErrorCatalogue.UndetectedLanguage("doc-1"), error.Message);
        Assert.Null(document.Language);
    }

    [Fact]
    public void Should_ReadOnlyTheOpening_When_TextIsLong()
    {
        // An Italian opening followed by a long English appendix: only the first 2000 characters count.
        var italian = string.Join(' ', Enumerable.Repeat("Il governo ha approvato ieri sera il decreto sulle bollette per le famiglie.", 30));
        var english = string.Join(' ', Enumerable.Repeat("The government approved the energy bill decree for families last night.", 300));
        var document = Normalized(italian + "\n" + english);

        stage.Process(document);

        Assert.Equal("it", document.Language);
    }

    [Fact]
    public void Should_NeedNormalizedAndAddLanguage_When_PlacedInPipeline()
    {
        Assert.Equal(DocumentLayers.Normalized, stage.Needs);
        Assert.Equal(DocumentLayers.Language, stage.Adds);
        Assert.Throws<PipelineOrderException>(() => new PipelineBuilder().Add(stage).Build());
    }

    private static Document Normalized(string text) =>
        new("doc-1", text) { Normalized = NormalizedText.Identity(text) };
}
