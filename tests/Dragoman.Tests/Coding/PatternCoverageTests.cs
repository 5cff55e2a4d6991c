using Dragoman.Cameo;
using Dragoman.Coding;
using Dragoman.Data;

namespace Dragoman.Tests.Coding;

/// <summary>The pattern dictionaries of each language span the whole CAMEO codebook, not a corner of it.</summary>
public sealed class PatternCoverageTests
{
    private static readonly DataDirectory Data = DataDirectory.Locate();

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Should_CoverEveryRootCategory_When_LoadingALanguage(string language)
    {
        var patterns = PatternDictionary.Load(Data, language, CameoCodebook.Load(Data));
        var roots = patterns.All.Select(p => p.Code[..2]).ToHashSet(StringComparer.Ordinal);
        var expected = Enumerable.Range(1, 20).Select(r => r.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(expected, root => Assert.Contains(root, roots));
    }

    [Theory]
    [InlineData("it", 150)]
    [InlineData("en", 150)]
    public void Should_NameAtLeastTheRequiredNumberOfCodes_When_LoadingALanguage(string language, int minimum)
    {
        var patterns = PatternDictionary.Load(Data, language, CameoCodebook.Load(Data));
        var codes = patterns.All.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count();
        Assert.True(codes >= minimum, $"{language}: {codes} distinct CAMEO codes, fewer than {minimum}");
    }
}
