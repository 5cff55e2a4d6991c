using Xunit;
using Dragoman.Documents;

namespace Dragoman.Tests.Text;

public sealed class TokenizerTests(TextStagesFixture stages) : IClassFixture<TextStagesFixture>
{
    [Theory]
    [InlineData("it", "l\u2019accordo", "l'|accordo")]
    [InlineData("it", "dell'era all'invasione", "dell'|era|all'|invasione")]
    [InlineData("it", "un'intesa c'è", "un'|intesa|c'|è")]
    [InlineData("it", "dell'Ucraina nell'ambito sull'intervento", "dell'|Ucraina|nell'|ambito|sull'|intervento")]
    [InlineData("it", "L'accordo dell'11 settembre", "L'|accordo|dell'|11|settembre")]
    [InlineData("it", "un po' di tempo", "un|po'|di|tempo")]
    [InlineData("it", "quest'anno quell'uomo", "quest'|anno|quell'|uomo")]
    public void Should_SplitAfterApostrophe_When_WordIsElided(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.TokenTexts(text, language));
    }

    [Theory]
    [InlineData("en", "Russia's army", "Russia|'s|army")]
    [InlineData("en", "Russia\u2019s army", "Russia|'s|army")]
    [InlineData("en", "they didn't", "they|did|n't")]
    [InlineData("en", "they're here", "they|'re|here")]
    [InlineData("en", "I can't, we'll", "I|ca|n't|,|we|'ll")]
    [InlineData("en", "O'Brien's o'clock", "O'Brien|'s|o'clock")]
    [InlineData("it", "Russia's", "Russia's")]
    public void Should_SplitBeforeClitic_When_EnglishContractionOrPossessive(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.TokenTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Kim Jong-un", "Kim|Jong-un")]
    [InlineData("it", "cooperazione tecnico-militare", "cooperazione|tecnico-militare")]
    [InlineData("en", "COVID-19 and Russia-Ukraine", "COVID-19|and|Russia-Ukraine")]
    [InlineData("it", "Nord - Sud", "Nord|-|Sud")]
    public void Should_KeepHyphenatedWordsWhole_When_HyphenJoinsLetters(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.TokenTexts(text, language));
    }

    [Theory]
    [InlineData("it", "oltre 11.000 container", "oltre|11.000|container", TokenKind.Number)]
    [InlineData("en", "over 11,000 containers", "over|11,000|containers", TokenKind.Number)]
    [InlineData("it", "il 3,5 e l'1,5", "il|3,5|e|l'|1,5", TokenKind.Number)]
    [InlineData("en", "1.5 times", "1.5|times", TokenKind.Number)]
    [InlineData("it", "il 19/06/2024 alle 10:30", "il|19/06/2024|alle|10:30", TokenKind.Number)]
    [InlineData("en", "on 2024-06-19.", "on|2024-06-19|.", TokenKind.Number)]
    [InlineData("it", "1\u0323\u0308 x", "1\u0323\u0308|x", TokenKind.Number)]
    [InlineData("it", "dell'\u0323\u0301 2", "dell'\u0323\u0301|2", TokenKind.Number)]
    public void Should_KeepNumbersWhole_When_EitherDecimalConvention(string language, string text, string expected, TokenKind numberKind)
    {
        var tokens = stages.Run(text, language).Tokens;
        Assert.Equal(expected.Split('|'), tokens.Select(t => t.Text).ToArray());
        Assert.Contains(tokens, t => t.Kind == numberKind);
    }

    [Theory]
    [InlineData("en", "$61 billion", "$|61|billion", "Symbol|Number|Word")]
    [InlineData("it", "€500 e £20", "€|500|e|£|20", "Symbol|Number|Word|Symbol|Number")]
    [InlineData("it", "61 miliardi", "61|miliardi", "Number|Word")]
    [InlineData("it", "il 12% in più", "il|12|%|in|più", "Word|Number|Symbol|Word|Word")]
    [InlineData("en", "up 3.5%.", "up|3.5|%|.", "Word|Number|Symbol|Punctuation")]
    public void Should_SeparateSymbols_When_CurrencyOrPercent(string language, string text, string expected, string kinds)
    {
        var tokens = stages.Run(text, language).Tokens;
        Assert.Equal(expected.Split('|'), tokens.Select(t => t.Text).ToArray());
        Assert.Equal(kinds.Split('|'), tokens.Select(t => t.Kind.ToString()).ToArray());
    }

    [Theory]
    [InlineData("en", "The U.S. and the U.N. met.", "The|U.S.|and|the|U.N.|met|.")]
    [InlineData("en", "Gen. Smith and Mr. Jones", "Gen.|Smith|and|Mr.|Jones")]
    [InlineData("it", "il Sig. Rossi, il dott. Verdi ecc.", "il|Sig.|Rossi|,|il|dott.|Verdi|ecc.")]
    [InlineData("en", "George W. Bush", "George|W.|Bush")]
    [InlineData("en", "the F.B.I. said", "the|F.B.I.|said")]
    [InlineData("it", "p.es. questo", "p.es.|questo")]
    [InlineData("it", "fine.Poi", "fine|.|Poi")]
    public void Should_KeepAbbreviationStops_When_Listed(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.TokenTexts(text, language));
    }

    [Theory]
    [InlineData("it", "Aspetta... e poi\u2026", "Aspetta|...|e|poi|\u2026", "Word|Punctuation|Word|Word|Punctuation")]
    [InlineData("it", "\u201CPotente\u201D, disse", "\"|Potente|\"|,|disse", "Quote|Word|Quote|Punctuation|Word")]
    [InlineData("it", "\u00ABs\u00EC\u00BB (ok)", "\"|s\u00EC|\"|(|ok|)", "Quote|Word|Quote|Punctuation|Word|Punctuation")]
    public void Should_ClassifyPunctuation_When_QuotesAndEllipses(string language, string text, string expected, string kinds)
    {
        var tokens = stages.Run(text, language).Tokens;
        Assert.Equal(expected.Split('|'), tokens.Select(t => t.Text).ToArray());
        Assert.Equal(kinds.Split('|'), tokens.Select(t => t.Kind.ToString()).ToArray());
    }

    [Fact]
    public void Should_FillOffsetsLowerAndGlued_When_Tokenizing()
    {
        const string text = "L\u2019Accordo \u201CPotente\u201D.";
        var tokens = stages.Run(text, "it").Tokens;
        Assert.Equal(["L\u2019", "Accordo", "\u201C", "Potente", "\u201D", "."], tokens.Select(t => text[t.Start..t.End]).ToArray());
        Assert.Equal(["l'", "accordo", "\"", "potente", "\"", "."], tokens.Select(t => t.Lower).ToArray());
        Assert.Equal([false, true, false, true, true, true], tokens.Select(t => t.Glued).ToArray());
    }

    [Fact]
    public void Should_SetSentenceTokenRanges_When_SentencesExist()
    {
        var document = stages.Run("Uno due. Tre quattro cinque.\nSei", "it");
        Assert.Equal([(0, 3), (3, 7), (7, 8)], document.Sentences.Select(s => (s.TokenStart, s.TokenEnd)).ToArray());
        Assert.Equal(["Tre", "quattro", "cinque", "."], document.TokensOf(document.Sentences[1]).ToArray().Select(t => t.Text).ToArray());
    }

    [Theory]
    [InlineData(null, "dell'era Russia's", "dell'|era|Russia|'s")]
    [InlineData("fr", "dell'era didn't", "dell'|era|did|n't")]
    public void Should_UseAllLanguages_When_LanguageUnknown(string? language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), stages.TokenTexts(text, language));
    }
}
