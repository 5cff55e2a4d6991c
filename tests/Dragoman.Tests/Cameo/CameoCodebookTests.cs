using Dragoman.Cameo;
using Dragoman.Data;

namespace Dragoman.Tests.Cameo;

public sealed class CameoCodebookTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.Load(DataDirectory.Locate());

    [Fact]
    public void Should_HoldEveryCameoCode_When_Loaded()
    {
        Assert.InRange(Codebook.Count, 300, 330);
        Assert.Equal(20, Codebook.All.Count(c => c.Code.Length == 2));
        Assert.All(Codebook.All, c => Assert.InRange(c.Goldstein, -10, 10));
        Assert.All(Codebook.All.Where(c => c.Code.Length > 2), c => Assert.True(Codebook.TryGet(c.Code[..^1], out _), $"{c.Code} has no parent"));
    }

    [Theory]
    [InlineData("057", 8.0, 1, "AGREE")]
    [InlineData("111", -2.0, 3, "ACCUSE")]
    [InlineData("190", -10.0, 4, "ASSAULT")]
    [InlineData("042", 1.9, 1, "CONSULT")]
    [InlineData("173", -5.0, 4, "COERCE")]
    public void Should_GiveGoldsteinQuadClassAndPlover_When_CodeIsKnown(string code, double goldstein, int quad, string plover)
    {
        var cameo = Codebook.Get(code);
        Assert.Equal(goldstein, cameo.Goldstein);
        Assert.Equal(quad, cameo.QuadClass);
        Assert.Equal(plover, cameo.Plover);
        Assert.Equal(code[..2], cameo.Root);
    }

    [Theory]
    [InlineData("01", 1)]
    [InlineData("05", 1)]
    [InlineData("06", 2)]
    [InlineData("09", 2)]
    [InlineData("10", 3)]
    [InlineData("14", 3)]
    [InlineData("15", 4)]
    [InlineData("20", 4)]
    public void Should_PutRootInItsQuadClass_When_Loaded(string root, int quad) =>
        Assert.All(Codebook.All.Where(c => c.Root == root), c => Assert.Equal(quad, c.QuadClass));

    [Fact]
    public void Should_ReportFileAndLine_When_CodebookIsMalformed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dragoman-cameo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "cameo"));
        File.WriteAllText(Path.Combine(folder, "cameo", "codes.tsv"), "# header\n01\t0.0\t1\tCONSULT\tStatement\n057\tlots\t1\tAGREE\tSign\n");
        try
        {
            var error = Assert.Throws<Errors.DataFormatException>(() => CameoCodebook.Load(new DataDirectory(folder)));
            Assert.StartsWith("data/cameo/codes.tsv:3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
