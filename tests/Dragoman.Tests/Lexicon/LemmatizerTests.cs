using Xunit;
using Dragoman.Documents;

namespace Dragoman.Tests.Lexicon;

public sealed class LemmatizerTests(LexiconFixture lexicons) : IClassFixture<LexiconFixture>
{
    [Theory]
    [InlineData("it", "hanno firmato", 1, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "hanno firmato", 0, "avere", PartOfSpeech.Aux)]
    [InlineData("it", "ha ribadito", 1, "ribadire", PartOfSpeech.Verb)]
    [InlineData("it", "è stata firmata", 0, "essere", PartOfSpeech.Aux)]
    [InlineData("it", "è stata firmata", 1, "essere", PartOfSpeech.Aux)]
    [InlineData("it", "è stata firmata", 2, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "sono stati uccisi", 2, "uccidere", PartOfSpeech.Verb)]
    [InlineData("it", "firmò", 0, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "firmerà", 0, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "firmando", 0, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "firmarono", 0, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "cercherà", 0, "cercare", PartOfSpeech.Verb)]
    [InlineData("it", "ha chiesto", 1, "chiedere", PartOfSpeech.Verb)]
    [InlineData("it", "ha proposto", 1, "proporre", PartOfSpeech.Verb)]
    [InlineData("it", "ha promesso", 1, "promettere", PartOfSpeech.Verb)]
    [InlineData("it", "sospeso", 0, "sospendere", PartOfSpeech.Verb)]
    [InlineData("it", "respinto", 0, "respingere", PartOfSpeech.Verb)]
    [InlineData("it", "accolto", 0, "accogliere", PartOfSpeech.Verb)]
    [InlineData("it", "espulso", 0, "espellere", PartOfSpeech.Verb)]
    [InlineData("it", "gli accordi", 1, "accordo", PartOfSpeech.Noun)]
    [InlineData("it", "le sanzioni", 1, "sanzione", PartOfSpeech.Noun)]
    [InlineData("it", "lo stato", 1, "stato", PartOfSpeech.Noun)]
    [InlineData("it", "l'accordo", 0, "il", PartOfSpeech.Det)]
    [InlineData("it", "dell'alleanza", 0, "di", PartOfSpeech.Adp)]
    [InlineData("it", "nella città", 0, "in", PartOfSpeech.Adp)]
    [InlineData("it", "firmarlo", 0, "firmare", PartOfSpeech.Verb)]
    [InlineData("it", "rapidamente", 0, "rapidamente", PartOfSpeech.Adv)]
    [InlineData("it", "la Russia attacca", 1, "Russia", PartOfSpeech.Propn)]
    [InlineData("it", "non ha firmato", 0, "non", PartOfSpeech.Part)]
    [InlineData("it", "ha detto", 1, "dire", PartOfSpeech.Verb)]
    [InlineData("it", "aveva detto", 1, "dire", PartOfSpeech.Verb)]
    [InlineData("it", "io detto", 1, "dettare", PartOfSpeech.Verb)]
    [InlineData("it", "si è detta pronta", 2, "dire", PartOfSpeech.Verb)]
    [InlineData("it", "si sono detti disposti", 2, "dire", PartOfSpeech.Verb)]
    [InlineData("it", "il ministro detta le condizioni", 2, "dettare", PartOfSpeech.Verb)]
    [InlineData("en", "sent", 0, "send", PartOfSpeech.Verb)]
    [InlineData("en", "met", 0, "meet", PartOfSpeech.Verb)]
    [InlineData("en", "withdrew", 0, "withdraw", PartOfSpeech.Verb)]
    [InlineData("en", "has withdrawn", 1, "withdraw", PartOfSpeech.Verb)]
    [InlineData("en", "stopped", 0, "stop", PartOfSpeech.Verb)]
    [InlineData("en", "tried", 0, "try", PartOfSpeech.Verb)]
    [InlineData("en", "signs", 0, "sign", PartOfSpeech.Verb)]
    [InlineData("en", "signed", 0, "sign", PartOfSpeech.Verb)]
    [InlineData("en", "signing", 0, "sign", PartOfSpeech.Verb)]
    [InlineData("en", "struck", 0, "strike", PartOfSpeech.Verb)]
    [InlineData("en", "the treaties", 1, "treaty", PartOfSpeech.Noun)]
    [InlineData("en", "the attacks", 1, "attack", PartOfSpeech.Noun)]
    [InlineData("en", "Russia attacks", 1, "attack", PartOfSpeech.Verb)]
    [InlineData("en", "the American air base", 2, "air", PartOfSpeech.Noun)]
    [InlineData("en", "the Russian attack helicopters", 2, "attack", PartOfSpeech.Noun)]
    [InlineData("en", "the Kremlin plans", 2, "plan", PartOfSpeech.Verb)]
    [InlineData("it", "ha fornito all'Ucraina armi", 4, "arma", PartOfSpeech.Noun)]
    [InlineData("en", "sent to Kyiv arms", 3, "arms", PartOfSpeech.Noun)]
    [InlineData("en", "20 million pounds", 2, "pound", PartOfSpeech.Noun)]
    [InlineData("en", "did n't", 1, "not", PartOfSpeech.Part)]
    [InlineData("en", "Moscow's", 1, "'s", PartOfSpeech.Part)]
    [InlineData("en", "was signed", 0, "be", PartOfSpeech.Aux)]
    [InlineData("en", "could", 0, "could", PartOfSpeech.Aux)]
    [InlineData("en", "2024", 0, "2024", PartOfSpeech.Num)]
    [InlineData("en", "Putin", 0, "Putin", PartOfSpeech.Propn)]
    [InlineData("en", "appealed for more funding", 3, "funding", PartOfSpeech.Noun)]
    [InlineData("en", "after heavy fighting", 2, "fighting", PartOfSpeech.Noun)]
    [InlineData("en", "the new funding", 2, "funding", PartOfSpeech.Noun)]
    [InlineData("en", "is funding", 1, "fund", PartOfSpeech.Verb)]
    [InlineData("en", ".", 0, ".", PartOfSpeech.Punct)]
    public void Should_FindLemmaAndPos_When_LemmatizingPhrase(string language, string text, int index, string lemma, PartOfSpeech pos)
    {
        var document = TestTokens.Document(text, language);
        lexicons.Lemmatizer.Process(document);
        var token = document.Tokens[index];
        Assert.Equal(lemma, token.Lemma);
        Assert.Equal(pos, token.Pos);
    }

    [Theory]
    [InlineData("it", "la firma", 1, "firmare")]
    [InlineData("it", "lo stato", 1, "essere")]
    [InlineData("en", "the attacks", 1, "attack")]
    [InlineData("en", "the strikes", 1, "strike")]
    public void Should_KeepVerbLemma_When_NounReadingIsChosen(string language, string text, int index, string verbLemma)
    {
        var document = TestTokens.Document(text, language);
        lexicons.Lemmatizer.Process(document);
        var token = document.Tokens[index];
        Assert.NotEqual(PartOfSpeech.Verb, token.Pos);
        Assert.Equal(verbLemma, token.VerbLemma);
        Assert.True(token.CanBeVerb);
    }

    [Theory]
    [InlineData("it", "è stata firmata", 2, "pp.fs")]
    [InlineData("it", "firmarono", 0, "pr.3pl")]
    [InlineData("en", "signing", 0, "ger")]
    public void Should_SetFeatures_When_VerbFormIsKnown(string language, string text, int index, string tag)
    {
        var document = TestTokens.Document(text, language);
        lexicons.Lemmatizer.Process(document);
        Assert.Contains(tag, document.Tokens[index].Features, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_RejectDocument_When_LanguageHasNoLexicon()
    {
        var document = TestTokens.Document("hola", "es");
        Assert.Throws<Dragoman.Errors.UnsupportedLanguageException>(() => lexicons.Lemmatizer.Process(document));
    }
}
