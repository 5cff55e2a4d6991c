using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Actors;

/// <summary>The composition rules of the actor layer, each on sentences of its own.</summary>
[Collection(EngineCollection.Name)]
public sealed class MentionCompositionTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("en", "2024-03-01", "Kenyan Prime Minister Joseph Doe Mwangi arrived in Rome.", "Kenyan Prime Minister Joseph Doe Mwangi", "KENGOV", "Joseph Doe Mwangi")]
    [InlineData("it", "2024-03-01", "Il ministro degli Esteri keniano Amos Ndegwa è arrivato a Roma.", "ministro degli Esteri keniano Amos Ndegwa", "KENGOV", "Amos Ndegwa")]
    [InlineData("en", "2024-03-01", "Kenya's president, William Ruto, arrived in Rome.", "Kenya's president, William Ruto", "KENGOV", "William Ruto")]
    public void Should_TakeCapitalisedName_When_RoleIsFollowedByUnknownPerson(string lang, string date, string text, string span, string code, string name) =>
        AssertMention(lang, date, text, span, code, name);

    [Theory]
    [InlineData("en", "2022-03-01", "Iran's president spoke in Tehran.", "Iran's president", "IRNGOV", "Ebrahim Raisi")]
    [InlineData("it", "2024-10-01", "Il presidente iraniano è arrivato a New York.", "presidente iraniano", "IRNGOV", "Masoud Pezeshkian")]
    [InlineData("en", "2022-03-01", "Iran's supreme leader spoke in Tehran.", "Iran's supreme leader", "IRNGOV", "Ali Khamenei")]
    public void Should_ResolveElectedPresident_When_PresidentIsNotHeadOfState(string lang, string date, string text, string span, string code, string name) =>
        AssertMention(lang, date, text, span, code, name);

    [Theory]
    [InlineData("en", "2024-03-01", "South Korean anti-corruption investigators searched the office.", "South Korean anti-corruption investigators", "KORCOP")]
    [InlineData("en", "2024-03-01", "Russian federal prosecutors charged the journalist.", "Russian federal prosecutors", "RUSJUD")]
    public void Should_ComposeHolderAndRole_When_ModifiersStandBetween(string lang, string date, string text, string span, string code) =>
        AssertMention(lang, date, text, span, code, null);

    [Theory]
    [InlineData("en", "2024-03-01", "South Korean farmers blocked the roads.", "South Korean farmers", "KORCVL")]
    [InlineData("en", "2024-03-01", "Russian navy ships entered the port.", "Russian navy ships", "RUSMIL")]
    [InlineData("en", "2024-03-01", "Hezbollah fighters fired rockets.", "Hezbollah fighters", "LBNREBHZB")]
    [InlineData("en", "2024-03-01", "G20 leaders met in Rio.", "G20 leaders", "IGOG20")]
    [InlineData("en", "2024-03-01", "Hamas members were arrested.", "Hamas members", "PSEREBHMS")]
    [InlineData("it", "2024-03-01", "I pescatori giapponesi hanno protestato.", "pescatori giapponesi", "JPNCVL")]
    [InlineData("it", "2024-03-01", "La procura nazionale polacca ha aperto un'inchiesta.", "procura nazionale polacca", "POLJUD")]
    [InlineData("it", "2024-03-01", "La polizia federale brasiliana ha arrestato cinque militari.", "polizia federale brasiliana", "BRACOP")]
    public void Should_ComposeHolderAndHeadNoun_When_SectorNounsFollow(string lang, string date, string text, string span, string code) =>
        AssertMention(lang, date, text, span, code, null);

    [Theory]
    [InlineData("it", "2023-06-01", "I leader della NATO si sono riuniti a Vilnius.", "NATO", "IGOWSTNAT", null)]
    [InlineData("it", "2023-06-01", "Il segretario generale della NATO è arrivato a Vilnius.", "segretario generale della NATO", "IGOWSTNAT", "Jens Stoltenberg")]
    [InlineData("en", "2023-06-01", "The WHO chief warned of a new outbreak.", "WHO chief", "IGOWHO", "Tedros Adhanom Ghebreyesus")]
    [InlineData("it", "2024-03-01", "Combattenti di Hezbollah hanno lanciato razzi.", "Hezbollah", "LBNREBHZB", null)]
    public void Should_ResolveOrganisationRole_When_RoleIsOfOrganisation(string lang, string date, string text, string span, string code, string? name) =>
        AssertMention(lang, date, text, span, code, name);

    [Theory]
    [InlineData("en", "2024-03-01", "The Pentagon sent more warships.", "Pentagon", "USAMIL")]
    [InlineData("it", "2024-03-01", "La Knesset ha votato la legge.", "Knesset", "ISRLEG")]
    [InlineData("en", "2024-03-01", "The Duma passed the bill.", "Duma", "RUSLEG")]
    [InlineData("en", "2024-03-01", "The FSB arrested a reporter.", "FSB", "RUSSPY")]
    public void Should_CodeSeatWithItsSector_When_SeatIsParliamentOrMinistry(string lang, string date, string text, string span, string code) =>
        AssertMention(lang, date, text, span, code, null);

    [Theory]
    [InlineData("en", "2024-03-01", "Japan's prime minister met his Indian counterpart in Delhi.", "his Indian counterpart", "INDGOV", "Narendra Modi")]
    [InlineData("it", "2023-05-01", "Il ministro degli Esteri russo ha sentito il suo omologo cinese.", "il suo omologo cinese", "CHNGOV", "Qin Gang")]
    [InlineData("en", "2024-03-01", "Poland is ready to send troops, its defence minister said.", "its defence minister", "POLGOV", null)]
    [InlineData("en", "2024-03-01", "Ships sailed near Taiwan, the island's coast guard said.", "the island's coast guard", "TWNCOP", null)]
    public void Should_ResolveReference_When_MentionHasPossessiveDeterminer(string lang, string date, string text, string span, string code, string? name) =>
        AssertMention(lang, date, text, span, code, name);

    [Theory]
    [InlineData("en", "2024-03-01", "Downing Street said the prime minister was in Kyiv.", "the prime minister", "GBRGOV", "Rishi Sunak")]
    [InlineData("en", "2025-01-16", "South Korean investigators questioned the impeached president.", "the impeached president", "KORGOV", null)]
    [InlineData("it", "2024-03-01", "Il presidente del Consiglio è volato a Tunisi.", "Il presidente del Consiglio", "ITAGOV", "Giorgia Meloni")]
    [InlineData("en", "2024-03-01", "Israeli Prime Minister Benjamin Netanyahu ordered the army to advance.", "the army", "ISRMIL", null)]
    public void Should_UseMainCountry_When_DefiniteRoleNamesNoCountry(string lang, string date, string text, string span, string code, string? name) =>
        AssertMention(lang, date, text, span, code, name);

    [Theory]
    [InlineData("en", "2024-06-01", "Donald Trump held a rally in Ohio.", "Donald Trump", "USA", "Donald Trump")]
    [InlineData("en", "2025-03-01", "Donald Trump held a rally in Ohio.", "Donald Trump", "USAGOV", "Donald Trump")]
    [InlineData("en", "2024-12-20", "The U.S. president-elect met the NATO secretary general.", "U.S. president-elect", "USA", "Donald Trump")]
    [InlineData("en", "2024-05-20", "Taiwan's new president gave a speech.", "Taiwan's new president", "TWNGOV", "Lai Ching-te")]
    public void Should_CodeByOfficeOnDate_When_PersonIsOutOfOfficeOrHandoverDay(string lang, string date, string text, string span, string code, string name) =>
        AssertMention(lang, date, text, span, code, name);

    [Theory]
    [InlineData("en", "2024-03-01", "The new authorities in Damascus promised elections.", "The new authorities in Damascus", "SYRGOV")]
    [InlineData("en", "2024-03-01", "European leaders in London agreed.", "London", "GBR")]
    public void Should_TakeCapitalOnlyForDefiniteGovernment_When_RoleIsFollowedByInCapital(string lang, string date, string text, string span, string code) =>
        AssertMention(lang, date, text, span, code, null);

    [Theory]
    [InlineData("en", "2024-03-01", "Latin American leaders met in Bogota.", "Latin American leaders", "LAMGOV")]
    [InlineData("en", "2024-03-01", "South American ministers met in Lima.", "South American ministers", "SAMGOV")]
    [InlineData("it", "2024-03-01", "I leader latinoamericani si sono riuniti a Bogotà.", "leader latinoamericani", "LAMGOV")]
    public void Should_CodeTheRegion_When_ARegionalDemonymEndsInAmerican(string lang, string date, string text, string span, string code) =>
        AssertMention(lang, date, text, span, code, null);

    [Theory]
    [InlineData("en", "2024-03-26", "The UN Security Council met on Monday. Algeria urged the council to act.", "the council", "IGOUNO")]
    [InlineData("en", "2024-06-20", "EU ministers met in Luxembourg. Hungary blocked the bloc's new sanctions.", "the bloc", "IGOEUREEC")]
    [InlineData("it", "2024-07-10", "La Nato si è riunita a Washington. Mosca ha accusato l'Alleanza di provocazioni.", "l'Alleanza", "IGOWSTNAT")]
    [InlineData("it", "2024-07-10", "La Commissione europea ha proposto nuovi dazi. Pechino ha criticato la Commissione.", "la Commissione", "IGOEUREEC")]
    public void Should_ResolveTheLastOrganisation_When_ADefiniteNounRefersBack(string lang, string date, string text, string span, string code) =>
        AssertMention(lang, date, text, span, code, null);

    [Theory]
    [InlineData("en", "2024-03-26", "NATO leaders met in Vilnius. The city council approved the budget.")]
    [InlineData("en", "2024-03-26", "The council approved the budget.")]
    public void Should_NotResolveAnOrganisation_When_NoneNamedFits(string lang, string date, string text)
    {
        var document = Read(lang, date, text);
        Assert.DoesNotContain(document.Mentions, m => document.Text[m.Start..m.End].EndsWith("council", StringComparison.OrdinalIgnoreCase));
    }

    private Document Read(string lang, string date, string text)
    {
        var info = new DocumentInfo { Language = lang, PublicationDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        return fixture.Engine.ActorPipeline.Process(new Document("t", text, info));
    }

    private void AssertMention(string lang, string date, string text, string span, string code, string? name)
    {
        var document = Read(lang, date, text);
        var found = document.Mentions.Select(m => (Text: document.Text[m.Start..m.End], Mention: m)).ToList();
        var listing = string.Join("; ", found.Select(f => $"«{f.Text}»={f.Mention.Actor.Code} {f.Mention.Actor.Name}"));
        var match = found.Where(f => f.Text.EndsWith(span, StringComparison.OrdinalIgnoreCase) && f.Text.Length <= span.Length + 4).ToList();
        Assert.True(match.Count == 1, $"no mention «{span}»; found: {listing}");
        Assert.Equal(code, match[0].Mention.Actor.Code);
        if (name is not null)
        {
            Assert.Equal(name, match[0].Mention.Actor.Name);
        }
    }
}
