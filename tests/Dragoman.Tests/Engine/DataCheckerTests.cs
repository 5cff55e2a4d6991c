using Dragoman.Data;
using Dragoman.Engine;

namespace Dragoman.Tests.Engine;

public sealed class DataCheckerTests
{
    [Theory]
    [InlineData("freeRelative\tnell'ambito di uno scambio\n", "nell'ambito")]
    [InlineData("reciprocalMarker\tl'un l'altro\n", "l'un")]
    public void Should_ReportTheGluedWord_When_AGrammarItemKeepsAnElisionTheTokenizerSplits(string line, string word)
    {
        var root = Directory.CreateTempSubdirectory("dragoman-check-");
        try
        {
            Copy(DataDirectory.Locate().Root, root.FullName);
            File.AppendAllText(Path.Combine(root.FullName, "patterns", "it", "grammar.tsv"), line);
            var problems = new DataChecker(new DataDirectory(root.FullName)).Check();
            Assert.Contains(problems, p => p.Contains("grammar.tsv:", StringComparison.Ordinal) && p.Contains($"'{word}' never matches", StringComparison.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Should_FindNoProblem_When_CheckingTheShippedData() =>
        Assert.Empty(new DataChecker(DataDirectory.Locate()).Check());

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
