using Xunit;
using Dragoman.Documents;

namespace Dragoman.Tests.Text;

/// <summary>
/// The tokenizer gathers tokens in a pooled buffer and gives tokens shared strings; these tests
/// check that nothing is lost when the buffer grows or is reused, and which strings are shared.
/// </summary>
public sealed class TokenBufferTests(TextStagesFixture stages) : IClassFixture<TextStagesFixture>
{
    [Theory]
    [InlineData(10)]
    [InlineData(1_000)]
    [InlineData(20_000)]
    public void Should_KeepEveryToken_When_TextHasMoreTokensThanEstimated(int pairs)
    {
        // "a,a,a,…": one token per character, far more than the buffer's first guess of one per five.
        var text = string.Concat(Enumerable.Repeat("a,", pairs));
        var document = stages.Run(text, "it");

        Assert.Equal(2 * pairs, document.Tokens.Length);
        Assert.All(document.Tokens, (token, i) => Assert.Equal(i, token.Start));
        Assert.Equal(document.Tokens.Length, document.Sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void Should_GiveSameTokens_When_DocumentsReuseBuffer()
    {
        const string Text = "Il ministro ha firmato l'accordo a Roma. Poi è partito.";
        var first = stages.Run(Text, "it").Tokens;
        stages.Run(string.Concat(Enumerable.Repeat("x y z ", 500)), "it");
        var again = stages.Run(Text, "it").Tokens;

        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData("accordo", "accordo")]
    [InlineData("Accordo", "accordo")]
    [InlineData("ÈSTATO", "èstato")]
    [InlineData("A", "a")]
    [InlineData(",", ",")]
    public void Should_LowerSurface_When_Tokenizing(string text, string lower)
    {
        var token = Assert.Single(stages.Run(text, "it").Tokens);

        Assert.Equal(text, token.Text);
        Assert.Equal(lower, token.Lower);
    }

    [Theory]
    [InlineData("accordo")]
    [InlineData("città")]
    [InlineData(",")]
    public void Should_ShareOneString_When_SurfaceIsLowerCase(string text)
    {
        var token = Assert.Single(stages.Run(text, "it").Tokens);

        Assert.Same(token.Text, token.Lower);
    }
}
