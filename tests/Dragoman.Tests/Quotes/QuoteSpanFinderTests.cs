using Dragoman.Data;
using Dragoman.Quotes;

namespace Dragoman.Tests.Quotes;

public sealed class QuoteSpanFinderTests
{
    private static readonly QuoteSpanFinder Finder = new(QuoteMarks.Load(DataDirectory.Locate()));

    [Theory]
    [InlineData("Kim ha definito l’accordo “potente”.", "potente")]
    [InlineData("«È una minaccia», ha detto.", "È una minaccia")]
    [InlineData("He said \"we will win\" today.", "we will win")]
    [InlineData("La Russia 'non esclude' nulla.", "non esclude")]
    [InlineData("‘Una scelta’ dell’Italia.", "Una scelta")]
    [InlineData("“Una vittoria. Una vittoria per tutti”, ha scritto.", "Una vittoria. Una vittoria per tutti")]
    public void Should_PairTheMarks_When_AQuoteIsWritten(string text, string inside)
    {
        var spans = Finder.Find(text);
        Assert.Contains(spans, s => text[(s.Open + 1)..s.Close] == inside);
    }

    [Theory]
    [InlineData("L'accordo dell'Italia è l'ultimo.")]
    [InlineData("Russia's leaders' summit ended.")]
    [InlineData("Un paragrafo “aperto\nsenza chiusura”.")]
    public void Should_FindNoQuote_When_OnlyApostrophesOrBrokenMarksAppear(string text) => Assert.Empty(Finder.Find(text));
}
