using Dragoman.Data;
using Dragoman.Errors;
using Dragoman.Treaties;

namespace Dragoman.Tests.Treaties;

public sealed class TreatyKnowledgeBaseTests
{
    private static readonly Lazy<TreatyKnowledgeBase> Shared = new(() => TreatyKnowledgeBase.Load(DataDirectory.Locate()));

    [Fact]
    public void Should_HoldAtLeastTwentyFiveTreaties_When_Loaded() => Assert.True(Shared.Value.Treaties.Count >= 25);

    [Theory]
    [InlineData("nato-1949", "FIN", "2023-04-04")]
    [InlineData("nato-1949", "SWE", "2024-03-07")]
    [InlineData("nato-1949", "USA", "1949-08-24")]
    [InlineData("teu-42-7", "HRV", "2013-07-01")]
    public void Should_RecordAccessionDate_When_PartyJoinedLater(string treaty, string party, string joined) =>
        Assert.Equal(joined, Shared.Value.Find(treaty)!.Parties.Single(p => p.Code == party).Joined.ToString());

    [Theory]
    [InlineData("nato-1949", "Art. 5", AssistanceMode.Discretionary)]
    [InlineData("rus-prk-2024", "Art. 4", AssistanceMode.Automatic)]
    [InlineData("chn-prk-1961", "Art. II", AssistanceMode.Automatic)]
    [InlineData("usa-jpn-1960", "Art. V", AssistanceMode.Discretionary)]
    [InlineData("csto-1992", "Art. 4", AssistanceMode.Automatic)]
    public void Should_CiteArticleAndMode_When_TreatyHasDefenceClause(string treaty, string article, AssistanceMode mode)
    {
        var provision = Shared.Value.Find(treaty)!.Provisions.First(p => p.Type == ProvisionType.Defence);
        Assert.Equal(article, provision.Article);
        Assert.Equal(mode, provision.Mode);
        Assert.Contains(article, provision.Basis!.Citation, StringComparison.Ordinal);
        Assert.Contains("data/treaties/kb/", provision.Basis.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rus-prk-2000", "rus-prk-2024")]
    [InlineData("sun-prk-1961", "rus-prk-2000")]
    [InlineData("brussels-1948", "teu-42-7")]
    public void Should_LinkSupersession_When_TreatyReplacedAnother(string old, string replacement) =>
        Assert.Equal(replacement, Shared.Value.Find(old)!.SupersededBy);

    [Theory]
    [InlineData("jpn-phl-raa-2024")]
    [InlineData("aukus-2021")]
    public void Should_MarkNotAlliance_When_AgreementHasNoDefenceObligation(string treaty) =>
        Assert.False(Shared.Value.Find(treaty)!.IsAlliance);

    [Theory]
    [InlineData("treaty\tx\tX\nparty\tusa\n", "unknown.tsv:2", "country code")]
    [InlineData("party\tUSA\n", "unknown.tsv:1", "must follow")]
    [InlineData("treaty\tx\tX\nsigned\t1949-13-01\n", "unknown.tsv:2", "not a date")]
    [InlineData("treaty\tx\tX\nprovision\tdefense\tautomatic\n", "unknown.tsv:2", "provision type")]
    [InlineData("treaty\tx\tX\nsupersedes\ty\n", "unknown.tsv:1", "not defined")]
    public void Should_ReportFileAndLine_When_KnowledgeBaseIsMalformed(string content, string location, string message)
    {
        var root = Directory.CreateTempSubdirectory("dragoman-kb-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "treaties", "kb"));
            File.WriteAllText(Path.Combine(root.FullName, "treaties", "kb", "unknown.tsv"), content);
            var error = Assert.Throws<DataFormatException>(() => TreatyKnowledgeBase.Load(new DataDirectory(root.FullName)));
            Assert.Contains(location, error.Message, StringComparison.Ordinal);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("1991", "1991-01-01", "1991-12-31")]
    [InlineData("~1991", "1991-01-01", "1991-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-06-19", "2024-06-19", "2024-06-19")]
    public void Should_SpanThePeriod_When_ParsingFuzzyDate(string text, string earliest, string latest)
    {
        Assert.True(FuzzyDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }
}
