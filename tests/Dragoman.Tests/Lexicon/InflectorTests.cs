using Dragoman.Lexicon;
using Xunit;

namespace Dragoman.Tests.Lexicon;

public sealed class InflectorTests(LexiconFixture lexicons) : IClassFixture<LexiconFixture>
{
    [Theory]
    [InlineData("it", "firmare", "firmano", "pres.3pl")]
    [InlineData("it", "firmare", "firmato", "pp.ms")]
    [InlineData("it", "firmare", "firmata", "pp.fs")]
    [InlineData("it", "firmare", "firmati", "pp.mp")]
    [InlineData("it", "firmare", "firmate", "pp.fp")]
    [InlineData("it", "firmare", "firmò", "pr.3sg")]
    [InlineData("it", "firmare", "firmerà", "fut.3sg")]
    [InlineData("it", "firmare", "firmerebbe", "cond.3sg")]
    [InlineData("it", "firmare", "firmasse", "subji.3sg")]
    [InlineData("it", "firmare", "firmando", "ger")]
    [InlineData("it", "firmare", "firmante", "prp")]
    [InlineData("it", "cercare", "cerchi", "pres.2sg")]
    [InlineData("it", "cercare", "cercherà", "fut.3sg")]
    [InlineData("it", "pagare", "paghi", "pres.2sg")]
    [InlineData("it", "mangiare", "mangi", "pres.2sg")]
    [InlineData("it", "mangiare", "mangerò", "fut.1sg")]
    [InlineData("it", "studiare", "studi", "pres.2sg")]
    [InlineData("it", "studiare", "studiamo", "pres.1pl")]
    [InlineData("it", "inviare", "invii", "pres.2sg")]
    [InlineData("it", "inviare", "inviamo", "pres.1pl")]
    [InlineData("it", "colpire", "colpisce", "pres.3sg")]
    [InlineData("it", "colpire", "colpito", "pp.ms")]
    [InlineData("it", "partire", "parte", "pres.3sg")]
    [InlineData("it", "proporre", "propongono", "pres.3pl")]
    [InlineData("it", "proporre", "propose", "pr.3sg")]
    [InlineData("it", "ottenere", "otterrà", "fut.3sg")]
    [InlineData("it", "fare", "fecero", "pr.3pl")]
    [InlineData("it", "fare", "facendo", "ger")]
    [InlineData("it", "produrre", "prodotto", "pp.ms")]
    [InlineData("it", "essere", "furono", "pr.3pl")]
    [InlineData("it", "concludere", "concluso", "pp.ms")]
    [InlineData("en", "stop", "stopped", "past")]
    [InlineData("en", "stop", "stopping", "ger")]
    [InlineData("en", "try", "tries", "pres.3sg")]
    [InlineData("en", "try", "tried", "past")]
    [InlineData("en", "play", "plays", "pres.3sg")]
    [InlineData("en", "make", "making", "ger")]
    [InlineData("en", "panic", "panicked", "past")]
    [InlineData("en", "agree", "agreed", "past")]
    [InlineData("en", "agree", "agreeing", "ger")]
    [InlineData("en", "die", "dying", "ger")]
    [InlineData("en", "commit", "committed", "pp")]
    [InlineData("en", "visit", "visited", "past")]
    [InlineData("en", "push", "pushes", "pres.3sg")]
    [InlineData("en", "veto", "vetoes", "pres.3sg")]
    [InlineData("en", "withdraw", "withdrawn", "pp")]
    [InlineData("en", "be", "were", "past")]
    public void Should_GenerateForm_When_InflectingVerb(string language, string lemma, string form, string tag)
    {
        var forms = lexicons.For(language).Inflector.Inflect(lemma);
        Assert.Contains(new InflectedForm(form, tag), forms);
    }

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Should_LemmatizeEveryGeneratedForm_When_RoundTrippingVerbList(string language)
    {
        var lexicon = lexicons.For(language);
        var failures = new List<string>();
        foreach (var lemma in lexicon.VerbLemmas)
        {
            foreach (var form in lexicon.Inflector.Inflect(lemma))
            {
                if (!lexicon.Lookup(form.Form).Any(r => r.Lemma == lemma && r.IsVerbal))
                {
                    failures.Add($"{lemma}:{form.Form}");
                }
            }
        }

        Assert.True(lexicon.VerbLemmas.Count >= (language == "it" ? 1200 : 1000), $"only {lexicon.VerbLemmas.Count} verbs");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("it", "accordi", "accordo")]
    [InlineData("it", "sanzioni", "sanzione")]
    [InlineData("it", "attacchi", "attacco")]
    [InlineData("it", "russe", "russo")]
    [InlineData("it", "politiche", "politico")]
    [InlineData("it", "crisi", "crisi")]
    [InlineData("en", "treaties", "treaty")]
    [InlineData("en", "sanctions", "sanction")]
    [InlineData("en", "crises", "crisis")]
    [InlineData("en", "women", "woman")]
    public void Should_FindNounLemma_When_FormIsPluralOrFeminine(string language, string form, string lemma)
    {
        var readings = lexicons.For(language).Lookup(form);
        Assert.Contains(readings, r => r.Lemma == lemma && r.IsNominal);
    }
}
