using System.Runtime.CompilerServices;
using Dragoman.Documents;
using Xunit;

namespace Dragoman.Tests.Lexicon;

/// <summary>
/// A token carries readings, chosen features and verb lemma through one shared analysis; these tests
/// check the sharing, the values seen through the token, and the token's size.
/// </summary>
public sealed class TokenAnalysisTests(LexiconFixture lexicons) : IClassFixture<LexiconFixture>
{
    [Fact]
    public void Should_KeepTokenAt48Bytes_When_AnalysisIsOneReference()
    {
        Assert.Equal(48, Unsafe.SizeOf<Token>());
    }

    [Fact]
    public void Should_HaveNoAnalysis_When_TokenIsNotLemmatized()
    {
        var token = new Token(0, 4, "vota", "vota", TokenKind.Word);

        Assert.Null(token.Analysis);
        Assert.Null(token.Readings);
        Assert.Null(token.Features);
        Assert.Null(token.VerbLemma);
    }

    [Theory]
    [InlineData("it", "accordi e accordi", 0, 2)]
    [InlineData("en", "the attacks and the attacks", 1, 4)]
    public void Should_ShareAnalysis_When_FormAndChoiceRepeat(string language, string text, int first, int second)
    {
        var document = TestTokens.Document(text, language);
        lexicons.Lemmatizer.Process(document);

        Assert.Same(document.Tokens[first].Analysis, document.Tokens[second].Analysis);
    }

    [Theory]
    [InlineData("it", "12 , %")]
    [InlineData("en", "3 . $")]
    public void Should_UseEmptyAnalysis_When_TokenIsNumberOrPunctuation(string language, string text)
    {
        var document = TestTokens.Document(text, language);
        lexicons.Lemmatizer.Process(document);

        Assert.All(document.Tokens, t => Assert.Same(TokenAnalysis.None, t.Analysis));
        Assert.All(document.Tokens, t => Assert.Empty(t.Readings!));
    }

    [Fact]
    public void Should_ExposeAnalysisValues_When_ReadThroughToken()
    {
        var readings = new[] { new Reading("attack", PartOfSpeech.Noun, "pl"), new Reading("attack", PartOfSpeech.Verb, "pres.3sg") };
        var token = new Token(0, 7, "attacks", "attacks", TokenKind.Word) { Analysis = new TokenAnalysis(readings, "pl", "attack") };

        Assert.Same(readings, token.Readings);
        Assert.Equal("pl", token.Features);
        Assert.Equal("attack", token.VerbLemma);
        Assert.True(token.CanBeVerb);
    }
}
