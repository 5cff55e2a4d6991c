using Dragoman.Coding;
using Dragoman.Data;
using Xunit;

namespace Dragoman.Tests.Coding;

public sealed class ClauseGrammarTests
{
    [Theory]
    [InlineData("it", "negation", "non")]
    [InlineData("en", "negation", "not")]
    [InlineData("it", "relative", "che")]
    [InlineData("en", "auxLemma", "have")]
    public void Should_FindTheSameWordClass_When_KeyIsALiteralOrABuiltString(string language, string key, string word)
    {
        var grammar = ClauseGrammar.Load(DataDirectory.Locate(), language);

        // A key built at run time is another instance than the interned literal: the look-up by identity misses it
        // and the ordinal table must answer with the same set.
        var built = new string(key.ToCharArray());

        Assert.NotSame(key, built);
        Assert.Same(grammar[key], grammar[built]);
        Assert.True(grammar[built].Contains(word));
    }

    [Fact]
    public void Should_Throw_When_KeyIsUnknown()
    {
        var grammar = ClauseGrammar.Load(DataDirectory.Locate(), "en");

        Assert.Throws<KeyNotFoundException>(() => grammar["noSuchKey"]);
    }
}
