using Dragoman.Data;
using Dragoman.Errors;
using Xunit;
using Xunit.Abstractions;

namespace Dragoman.Tests.Lexicon;

public sealed class LexiconDataTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dragoman-lexicon-").FullName;

    [Theory]
    [InlineData("paradigms.tsv", "@class\tare\tare\nare\tinf\n", "data/languages/xx/paradigms.tsv:2:")]
    [InlineData("irregular-verbs.tsv", "fare\tpres\tfaccio|fai\n", "'pres' needs 6 forms")]
    [InlineData("irregular-verbs.tsv", "fare\tnosuchtag\tx\n", "neither a feature tag nor a tense group")]
    [InlineData("function-words.tsv", "il\tDETT\t-\n", "data/languages/xx/function-words.tsv:1: unknown part of speech 'DETT'")]
    [InlineData("nouns.tsv", "casa\tzz\n", "data/languages/xx/nouns.tsv:1:")]
    public void Should_ReportFileAndLine_When_DataIsMalformed(string file, string content, string expected)
    {
        WriteMinimalLanguage();
        File.WriteAllText(Path.Combine(root, "languages", "xx", file), content);
        var error = Assert.Throws<DataFormatException>(() => Dragoman.Lexicon.Lexicon.Load(new DataDirectory(root), "xx"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_BuildFromMinimalData_When_OnlyParadigmsAndVerbsExist()
    {
        WriteMinimalLanguage();
        var lexicon = Dragoman.Lexicon.Lexicon.Load(new DataDirectory(root), "xx");
        Assert.Contains(lexicon.Lookup("faccio"), r => r.Lemma == "fare");
        Assert.Contains(lexicon.Lookup("parlavo"), r => r.Lemma == "parlare" && r.Features == "impf.1sg");
    }

    // The floor is what one regular verb yields on its own: an Italian verb has dozens of distinct forms, an
    // English one four (cross, crosses, crossed, crossing), so five per verb only held while nouns padded the count.
    [Theory]
    [InlineData("it", 5)]
    [InlineData("en", 4)]
    public void Should_BuildEveryVerbsForms_When_LoadingRealData(string language, int formsPerVerb)
    {
        // Speed is measured by the benchmarks (bench/), never by a timed test.
        var lexicon = Dragoman.Lexicon.Lexicon.Load(DataDirectory.Locate(), language);
        output.WriteLine($"{language}: {lexicon.FormCount} forms, {lexicon.VerbLemmas.Count} verbs");
        Assert.True(lexicon.VerbLemmas.Count > 1000, $"only {lexicon.VerbLemmas.Count} verbs");
        Assert.True(lexicon.FormCount > lexicon.VerbLemmas.Count * formsPerVerb, $"only {lexicon.FormCount} forms");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void WriteMinimalLanguage()
    {
        var folder = Path.Combine(root, "languages", "xx");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "paradigms.tsv"), "@class\tare\tare\nare\tinf\tare\nare\tpres.1sg\to\nare\tpres.2sg\ti\nare\tpres.3sg\ta\nare\tpres.1pl\tiamo\nare\tpres.2pl\tate\nare\tpres.3pl\tano\nare\timpf.1sg\tavo\n");
        File.WriteAllText(Path.Combine(folder, "verbs.txt"), "parlare\nfare\n");
        File.WriteAllText(Path.Combine(folder, "irregular-verbs.tsv"), "fare\tpres\tfaccio|fai|fa|facciamo|fate|fanno\n");
        File.WriteAllText(Path.Combine(folder, "function-words.tsv"), "il\tDET\t-\n");
    }
}
