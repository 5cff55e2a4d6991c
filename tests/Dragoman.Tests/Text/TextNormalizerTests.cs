using Xunit;
using Dragoman.Documents;

namespace Dragoman.Tests.Text;

public sealed class TextNormalizerTests(TextStagesFixture stages) : IClassFixture<TextStagesFixture>
{
    [Theory]
    [InlineData("l\u2019accordo", "l'accordo")]
    [InlineData("\u2018sì\u2019 \u201Bx\u2032", "'sì' 'x'")]
    [InlineData("\u201Caggressione\u201D", "\"aggressione\"")]
    [InlineData("\u201Ex\u201F \u00ABy\u00BB z\u2033", "\"x\" \"y\" z\"")]
    [InlineData("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g", "a-b-c-d-e-f-g")]
    [InlineData("a\u00A0b\u2003c\u202Fd\u205Fe\u3000f\u2009g", "a b c d e f g")]
    [InlineData("ac\u00ADcor\u200Bdo\uFEFF", "accordo")]
    [InlineData("a\r\nb\rc\n", "a\nb\nc\n")]
    [InlineData("plain ASCII text.", "plain ASCII text.")]
    public void Should_MapCharacters_When_TableListsThem(string input, string expected)
    {
        Assert.Equal(expected, stages.Normalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("cafe\u0301", "caf\u00E9")]
    [InlineData("perche\u0301 no", "perch\u00E9 no")]
    [InlineData("\u212B", "\u00C5")]
    public void Should_ComposeToNfc_When_TextIsDecomposed(string input, string expected)
    {
        Assert.Equal(expected, stages.Normalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("cafe\u0301 bar", new[] { 0, 1, 2, 3, 5, 6, 7, 8, 9 })]
    [InlineData("a\u00ADb", new[] { 0, 2, 3 })]
    [InlineData("a\r\nb", new[] { 0, 1, 3, 4 })]
    [InlineData("l\u2019x", new[] { 0, 1, 2, 3 })]
    public void Should_MapEveryCharacterToItsOrigin_When_Normalizing(string input, int[] expectedMap)
    {
        var normalized = stages.Normalizer.Normalize(input);
        var map = Enumerable.Range(0, normalized.Text.Length + 1).Select(normalized.ToOriginal).ToArray();
        Assert.Equal(expectedMap, map);
    }

    [Fact]
    public void Should_LeaveDocumentTextUntouched_When_ProcessingDocument()
    {
        const string original = "\u201CQuesto\u201D \u2014 disse.\r\n";
        var document = new Document("d", original);
        stages.Normalizer.Process(document);
        Assert.Equal(original, document.Text);
        Assert.Equal("\"Questo\" - disse.\n", document.Normalized.Text);
    }

    [Fact]
    public void Should_KeepLoneSurrogates_When_TextIsMalformed()
    {
        var normalized = stages.Normalizer.Normalize("a\uD800e\u0301");
        Assert.Equal("a\uD800\u00E9", normalized.Text);
    }
}
