using Xunit;
namespace Dragoman.Tests.Text;

public sealed class SentenceSplitterTests(TextStagesFixture stages) : IClassFixture<TextStagesFixture>
{
    [Theory]
    [InlineData("it", "Il Sig. Rossi è arrivato. Poi è ripartito.", "Il Sig. Rossi è arrivato.|Poi è ripartito.")]
    [InlineData("it", "Ha parlato l'On. Bianchi con il dott. Verdi e il Gen. Neri.", "Ha parlato l'On. Bianchi con il dott. Verdi e il Gen. Neri.")]
    [InlineData("it", "Dott. Verdi ha firmato. Fine.", "Dott. Verdi ha firmato.|Fine.")]
    [InlineData("it", "Vedi p.es. il caso di Roma. Fine.", "Vedi p.es. il caso di Roma.|Fine.")]
    [InlineData("it", "Mele, pere ecc. e altro.", "Mele, pere ecc. e altro.")]
    [InlineData("it", "Mele, pere ecc. Poi altro.", "Mele, pere ecc.|Poi altro.")]
    [InlineData("en", "Mr. Smith met Dr. Jones in St. Louis on Jan. 5. They talked.", "Mr. Smith met Dr. Jones in St. Louis on Jan. 5.|They talked.")]
    [InlineData("en", "Lt. Gen. Brown spoke at the U.N. Security Council. He left.", "Lt. Gen. Brown spoke at the U.N. Security Council.|He left.")]
    [InlineData("en", "The U.S. Senate voted. Sanctions followed.", "The U.S. Senate voted.|Sanctions followed.")]
    [InlineData("en", "Shares of Acme Inc. The rest fell.", "Shares of Acme Inc.|The rest fell.")]
    [InlineData(null, "Il Sig. Rossi met Mr. Smith. Poi basta.", "Il Sig. Rossi met Mr. Smith.|Poi basta.")]
    public void Should_KeepAbbreviationsInside_When_ListedForTheLanguage(string? language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("en", "J. R. R. Tolkien wrote it. George W. Bush read it.", "J. R. R. Tolkien wrote it.|George W. Bush read it.")]
    [InlineData("it", "Lo ha detto A. Rossi ieri. Poi basta.", "Lo ha detto A. Rossi ieri.|Poi basta.")]
    [InlineData("en", "The F.B.I. agents came. Then they left.", "The F.B.I. agents came.|Then they left.")]
    public void Should_NotSplitAfterInitials_When_NameFollows(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Oltre 11.000 container e il 3,5 per cento. Poi 1.5 volte.", "Oltre 11.000 container e il 3,5 per cento.|Poi 1.5 volte.")]
    [InlineData("it", "Il trattato del 1961. Il nuovo accordo.", "Il trattato del 1961.|Il nuovo accordo.")]
    [InlineData("en", "It cost $1.5 billion. Prices rose 2.3 percent.", "It cost $1.5 billion.|Prices rose 2.3 percent.")]
    public void Should_NotSplitInsideNumbers_When_StopSeparatesDigits(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Aspettava... e poi niente.", "Aspettava... e poi niente.")]
    [InlineData("it", "Aspettava... Poi niente.", "Aspettava...|Poi niente.")]
    [InlineData("it", "Aspettava\u2026 e poi niente.", "Aspettava\u2026 e poi niente.")]
    [InlineData("it", "Aspettava\u2026 Poi niente.", "Aspettava\u2026|Poi niente.")]
    [InlineData("en", "He waited... 10 minutes.", "He waited... 10 minutes.")]
    public void Should_SplitAfterEllipsis_OnlyWhen_CapitalizedWordFollows(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Ha detto: \"Basta così.\" Poi è uscito.", "Ha detto: \"Basta così.\"|Poi è uscito.")]
    [InlineData("it", "Ha detto: \u00ABBasta così.\u00BB Poi è uscito.", "Ha detto: \u00ABBasta così.\u00BB|Poi è uscito.")]
    [InlineData("it", "Ha detto: \u201CBasta così.\u201D Poi è uscito.", "Ha detto: \u201CBasta così.\u201D|Poi è uscito.")]
    [InlineData("it", "(Così ha deciso.) Poi è uscito.", "(Così ha deciso.)|Poi è uscito.")]
    [InlineData("it", "Fine. \u201CInizio\u201D, disse.", "Fine.|\u201CInizio\u201D, disse.")]
    public void Should_SplitAfterClosingQuote_When_StopIsInsideQuote(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Chi ha vinto? Nessuno! Davvero.", "Chi ha vinto?|Nessuno!|Davvero.")]
    [InlineData("it", "\"Perché?\" ha chiesto Kim.", "\"Perché?\" ha chiesto Kim.")]
    [InlineData("en", "Really?! Yes.", "Really?!|Yes.")]
    public void Should_SplitOnQuestionAndExclamation_When_NotFollowedByLowerCase(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Putin a Pyongyang\nIl presidente russo è arrivato.", "Putin a Pyongyang|Il presidente russo è arrivato.")]
    [InlineData("en", "Headline here\r\n\r\nBody text. More text", "Headline here|Body text.|More text")]
    [InlineData("it", "  Riga con spazi  \n\n", "Riga con spazi")]
    public void Should_BreakSentence_When_LineEnds(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Il dott. rossi. il sig. verdi.", "Il dott. rossi. il sig. verdi.")]
    [InlineData("en", "It rose to 5 p.m. on Monday. Then fell.", "It rose to 5 p.m. on Monday.|Then fell.")]
    public void Should_NotSplit_When_LowerCaseWordFollows(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.SentenceTexts(text, language));
    }

    [Fact]
    public void Should_MarkParagraphEnds_When_LineBreakFollows()
    {
        var document = stages.Run("Uno. Due.\nTre.", "it");
        Assert.Equal([false, true, true], document.Sentences.Select(s => s.EndsParagraph).ToArray());
        Assert.Equal([0, 1, 2], document.Sentences.Select(s => s.Index).ToArray());
    }

    [Fact]
    public void Should_UseOriginalOffsets_When_NormalizationRemovesCharacters()
    {
        const string text = "A\u00AD\u00ADb. \u201CC\u201D.\r\nD.";
        var document = stages.Run(text, "it");
        var slices = document.Sentences.Select(s => text[s.Start..s.End]).ToArray();
        Assert.Equal(["A\u00AD\u00ADb.", "\u201CC\u201D.", "D."], slices);
    }
}
