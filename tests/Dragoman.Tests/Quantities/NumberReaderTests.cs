using Dragoman.Quantities;

namespace Dragoman.Tests.Quantities;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("11.000", 11000)]
    [InlineData("11,000", 11000)]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("2.000.000", 2000000)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("180", 180)]
    public void Should_ReadTheValue_When_EitherConventionIsUsed(string text, double expected) =>
        Assert.Equal(expected, NumberReader.Read(text));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("19/06/2024")]
    public void Should_ReturnNull_When_TheTextIsNotANumber(string text) => Assert.Null(NumberReader.Read(text));
}
