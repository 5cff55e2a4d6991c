using Xunit;
using Dragoman.Documents;

namespace Dragoman.Tests.Lexicon;

/// <summary>
/// The lemmatizer reads an analysis of each form worked out once at load; these tests check that it
/// agrees with the lexicon's own readings for known, ambiguous, guessed, clitic and unknown forms.
/// </summary>
public sealed class LemmatizerAnalysisTests(LexiconFixture lexicons) : IClassFixture<LexiconFixture>
{
    [Theory]
    [InlineData("it", "firmato")]
    [InlineData("it", "stato")]
    [InlineData("it", "firma")]
    [InlineData("it", "accordi")]
    [InlineData("it", "della")]
    [InlineData("it", "firmarlo")]
    [InlineData("it", "dichiarandosi")]
    [InlineData("it", "rapidamente")]
    [InlineData("it", "xyzzy")]
    [InlineData("en", "attacks")]
    [InlineData("en", "strikes")]
    [InlineData("en", "could")]
    [InlineData("en", "withdrew")]
    [InlineData("en", "quickly")]
    [InlineData("en", "qwertyuiop")]
    public void Should_MatchLexiconReadings_When_FormStartsSentence(string language, string form)
    {
        var lexicon = lexicons.For(language);
        var expected = lexicon.Analyze(form);
        var token = LemmatizeAlone(language, form);

        Assert.Equal(expected, token.Readings);
        Assert.Equal(expected.FirstOrDefault(r => r.IsVerbal).Lemma, token.VerbLemma);
        if (expected.Count == 0)
        {
            Assert.Equal(form, token.Lemma);
            Assert.Equal(PartOfSpeech.Noun, token.Pos);
            Assert.Null(token.Features);
        }
        else
        {
            Assert.Equal(expected[0].Lemma, token.Lemma);
            Assert.Equal(expected[0].Pos, token.Pos);
            Assert.Equal(expected[0].Features, token.Features);
        }
    }

    [Theory]
    [InlineData("it", "Accordi")]
    [InlineData("it", "Rapidamente")]
    [InlineData("it", "Firmarlo")]
    [InlineData("en", "Quickly")]
    [InlineData("en", "Moscow")]
    public void Should_UseOnlyListedForms_When_CapitalizedWordIsInsideSentence(string language, string word)
    {
        var lexicon = lexicons.For(language);
        var document = TestTokens.Document("1 " + word, language);
        lexicons.Lemmatizer.Process(document);
        var token = document.Tokens[1];

        // Inside a sentence a capitalized word gets only the lexicon's own readings, never a guess or a clitic split.
        Assert.Equal(lexicon.Lookup(word.ToLowerInvariant()), token.Readings);
        if (token.Readings!.Count == 0)
        {
            Assert.Equal(PartOfSpeech.Propn, token.Pos);
            Assert.Equal(word, token.Lemma);
        }
    }

    [Fact]
    public void Should_GiveSameReadingsInstance_When_FormRepeats()
    {
        var document = TestTokens.Document("accordi e accordi", "it");
        lexicons.Lemmatizer.Process(document);

        Assert.Same(document.Tokens[0].Readings, document.Tokens[2].Readings);
    }

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Should_FindEveryInflectedForm_When_LookingUpLexicon(string language)
    {
        // The form table is a hash table of its own: every form the inflector makes must be found under its lemma.
        var lexicon = lexicons.For(language);
        foreach (var lemma in lexicon.VerbLemmas)
        {
            foreach (var form in lexicon.Inflector.Inflect(lemma))
            {
                Assert.Contains(lexicon.Lookup(form.Form), r => r.Lemma == lemma);
            }
        }
    }

    [Theory]
    [InlineData("it", "firmat")]
    [InlineData("it", "firmatoo")]
    [InlineData("it", "")]
    [InlineData("it", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData("en", "signe")]
    [InlineData("en", "Signed")]
    public void Should_FindNothing_When_FormIsNotListed(string language, string form)
    {
        Assert.Empty(lexicons.For(language).Lookup(form));
    }

    private Token LemmatizeAlone(string language, string form)
    {
        var document = TestTokens.Document(form, language);
        lexicons.Lemmatizer.Process(document);
        return Assert.Single(document.Tokens);
    }
}
