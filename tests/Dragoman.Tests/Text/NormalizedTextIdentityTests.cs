using Xunit;
using Dragoman.Documents;

namespace Dragoman.Tests.Text;

/// <summary>
/// A normalized text whose characters all kept their place carries no offset map; these tests check
/// that offsets are the same with and without one.
/// </summary>
public sealed class NormalizedTextIdentityTests(TextStagesFixture stages) : IClassFixture<TextStagesFixture>
{
    [Theory]
    [InlineData("")]
    [InlineData("accordo")]
    [InlineData("Il ministro ha firmato.")]
    public void Should_MapEachIndexToItself_When_TextIsIdentity(string text)
    {
        var identity = NormalizedText.Identity(text);

        Assert.Equal(Enumerable.Range(0, text.Length + 1), Enumerable.Range(0, text.Length + 1).Select(identity.ToOriginal));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void Should_Refuse_When_IndexIsOutsideIdentityText(int index)
    {
        var identity = NormalizedText.Identity("accordo");

        Assert.Throws<ArgumentOutOfRangeException>(() => identity.ToOriginal(index));
    }

    [Theory]
    [InlineData("plain ascii text", "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16")]
    [InlineData("l\u2019accordo", "0,1,2,3,4,5,6,7,8,9")]
    [InlineData("ac\u00ADcordo", "0,1,3,4,5,6,7,8")]
    [InlineData("a\r\nb", "0,1,3,4")]
    [InlineData("accordo\u200B", "0,1,2,3,4,5,6,8")]
    public void Should_MapToOriginalOffsets_When_Normalizing(string text, string expected)
    {
        var normalized = stages.Normalizer.Normalize(text);

        var map = Enumerable.Range(0, normalized.Text.Length + 1).Select(normalized.ToOriginal);
        Assert.Equal(expected.Split(',').Select(int.Parse), map);
    }

    [Theory]
    [InlineData("plain ascii text", true)]
    [InlineData("l\u2019accordo", true)]
    [InlineData("ac\u00ADcordo", false)]
    [InlineData("a\r\nb", false)]
    public void Should_TellIdentity_When_Normalizing(string text, bool identity)
    {
        Assert.Equal(identity, stages.Normalizer.Normalize(text).IsIdentity);
    }

    [Theory]
    [InlineData("Una frase. Un'altra frase.")]
    [InlineData("ac\u00ADcordo firmato. Poi\r\nè partito.")]
    public void Should_CoverWholeText_When_SentencesAreTokenized(string text)
    {
        // Sentence offsets are original offsets; with or without an offset map every token falls inside its sentence.
        var document = stages.Run(text, "it");
        foreach (var sentence in document.Sentences)
        {
            Assert.All(document.TokensOf(sentence).ToArray(), t => Assert.InRange(t.Start, sentence.Start, sentence.End));
        }

        Assert.Equal(document.Tokens.Length, document.Sentences.Sum(s => s.TokenCount));
    }
}
