using System.Globalization;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>Descriptions that stand for a country named before (data/actors/descriptions.tsv) and roles that keep their demonym over a portfolio.</summary>
[Collection(EngineCollection.Name)]
public sealed class CountryDescriptionTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("Il presidente egiziano ha ricevuto il ministro saudita. Il regno ha promesso nuovi fondi.", "Il regno", "SAU")]
    [InlineData("Il Qatar ha ospitato i negoziati e l'emirato ha proposto una tregua.", "l'emirato", "QAT")]
    [InlineData("Cuba ha protestato con Washington. L'isola ha chiesto la fine dell'embargo.", "L'isola", "CUB")]
    [InlineData("La Lettonia ha espulso un diplomatico russo e la nazione baltica ha chiuso il consolato.", "la nazione baltica", "LVA")]
    [InlineData("Secondo fonti di Tallinn, il Paese non intende richiamare l'ambasciatore.", "il Paese", "EST")]
    public void Should_StandForTheLastCountryThatFits_When_ADescriptionFollowsADefiniteArticle(string text, string span, string code) =>
        Assert.Equal(code, MentionCode(text, span));

    [Fact]
    public void Should_NameAnotherCountry_When_TheDescriptionIsTheNeighbour() =>
        Assert.Equal("BLR", MentionCode("La Bielorussia ha lanciato palloni oltre il confine. Vilnius ha chiuso i valichi con il vicino.", "il vicino"));

    [Theory]
    [InlineData("I migranti sono sbarcati sull'isola di Lampedusa dopo il viaggio dalla Tunisia.", "isola")]
    [InlineData("Il Regno Unito ha imposto sanzioni alla Russia.", "Il Regno")]
    public void Should_NotStandForACountry_When_ANameFollowsOrIsLonger(string text, string span)
    {
        var document = Read(text);
        Assert.DoesNotContain(document.Mentions, m => document.Text[m.Start..m.End] == span || (m.Actor.Code == "TUN" && document.Text[m.Start..m.End].Contains(span, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("La procura anticorruzione ucraina ha aperto un'indagine.", "La procura anticorruzione ucraina", "UKRJUD")]
    [InlineData("Il ministro dell'Agricoltura ucraino si è dimesso.", "Il ministro dell'Agricoltura ucraino", "UKRGOV")]
    [InlineData("La ministra dello Sviluppo economico tunisina è arrivata ad Algeri.", "La ministra dello Sviluppo economico tunisina", "TUNGOV")]
    public void Should_KeepTheDemonym_When_AModifierOrPortfolioStandsBetween(string text, string span, string code) =>
        Assert.Equal(code, MentionCode(text, span));

    private string? MentionCode(string text, string span)
    {
        var document = Read(text);
        var found = document.Mentions.Where(m => document.Text[m.Start..m.End].Equals(span, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 1, $"no mention «{span}»: " + string.Join("; ", document.Mentions.Select(m => $"«{document.Text[m.Start..m.End]}»={m.Actor.Code}")));
        return found[0].Actor.Code;
    }

    private Document Read(string text)
    {
        var info = new DocumentInfo { Language = "it", PublicationDate = DateOnly.Parse("2025-03-01", CultureInfo.InvariantCulture) };
        return fixture.Engine.ActorPipeline.Process(new Document("t", text, info));
    }
}
