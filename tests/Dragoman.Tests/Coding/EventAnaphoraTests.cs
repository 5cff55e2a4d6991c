using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>An object noun that names an event told before stands for that event's actors.</summary>
[Collection(EngineCollection.Name)]
public sealed class EventAnaphoraTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Peru accused Chile of spying on its navy. Santiago rejected the accusation on Tuesday.", "CHL", "PER", "01")]
    [InlineData("Norway expelled three Iranian diplomats, a decision condemned by Tehran.", "IRN", "NOR", "11")]
    [InlineData("Egypt imposed new tariffs on Turkey. Ankara denounced the move.", "TUR", "EGY", "11")]
    public void Should_TakeTheEarlierEventsSource_When_ObjectNamesThatEvent(string text, string source, string target, string root)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_TakeBothParticipants_When_ObjectNamesAnEncounter()
    {
        var events = Code("The president of Kenya met Somalia's prime minister in Nairobi. Ethiopia criticized the meeting.");
        Assert.Contains(events, e => e.Source?.Primary == "ETH" && e.Target?.Primary == "KEN" && e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source?.Primary == "ETH" && e.Target?.Primary == "SOM" && e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Peru accused Chile of spying. Santiago praised the report about fishing quotas.", "CHL", "PER")]
    [InlineData("Russia condemned Ukraine on Monday. France and Italy signed an agreement in Rome.", "FRA", "RUS")]
    [InlineData("Russia condemned Ukraine on Monday. Spain welcomed an agreement on grain exports.", "ESP", "RUS")]
    public void Should_LeaveTheTargetOut_When_ObjectIsNoDefiniteEventNoun(string text, string source, string target) =>
        Assert.DoesNotContain(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target);

    [Theory]
    [InlineData("Peru accused Chile of spying. Santiago rejected the report about fishing quotas.", "CHL", "12", "PER")]
    [InlineData("Russian jets violated Estonian airspace on Friday. Tallinn warned of a firm response.", "EST", "13", "RUS")]
    public void Should_AnswerWhoeverActedLastOnTheCountry_When_AnEnglishAnswerHasNoTarget(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_PreferTheRequiredWordAfterAnActiveVerb_When_OneAlsoStandsBefore()
    {
        // "meeting" belongs to the first verb; the second one is about countermeasures (a threat, 13), not talks (03).
        var events = Code("Japan welcomed the meeting of Korean leaders and vowed countermeasures against Russia.");
        Assert.DoesNotContain(events, e => e.Source?.Primary == "JPN" && e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source?.Primary == "JPN" && e.Target?.Primary == "RUS" && e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Droni russi hanno colpito Odessa. La Francia ha condannato l'attacco.", "FRA", "RUS", "11")]
    [InlineData("Washington ha accusato Pechino di spionaggio. La Cina ha respinto le accuse.", "CHN", "USA", "12")]
    [InlineData("Il premier indiano ha incontrato Putin a Mosca. Kiev ha criticato l'incontro.", "UKR", "IND", "11")]
    public void Should_TakeTheEarlierEventsSource_When_AnItalianObjectNamesThatEvent(string text, string source, string target, string root)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it", "Il generale russo è stato ucciso da un ordigno a Mosca; i servizi di sicurezza ucraini hanno rivendicato l'attentato.", "UKR", "RUS")]
    [InlineData("it", "Un attentatore suicida ha ucciso dieci soldati pakistani a Peshawar. L'attacco è stato rivendicato dallo Stato islamico.", "IRQ", "PAK")]
    [InlineData("it", "Un'autobomba ha ucciso sei soldati a Mogadiscio lunedì. Al-Shabaab si è assunto la responsabilità dell'attentato.", "SOM", "SOM")]
    [InlineData("it", "Tre agenti sono stati uccisi in un agguato nel nord del Burkina Faso. Lo Stato islamico ha rivendicato la paternità dell'azione.", "IRQ", "BFA")]
    [InlineData("en", "A roadside bomb killed seven police officers in northern Burkina Faso on Sunday. The Islamic State claimed responsibility for the attack in a statement.", "IRQ", "BFA")]
    [InlineData("en", "Gunmen killed twelve soldiers in Mogadishu on Monday. Hours later al-Shabaab took responsibility for the ambush.", "SOM", "SOM")]
    public void Should_NameThePerpetrator_When_AClaimPointsToAnEventWithNone(string language, string text, string source, string target)
    {
        var events = fixture.OneSidedEngine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith("18", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source is null && e.Target?.Primary == target);
    }

    [Theory]
    [InlineData("en", "A roadside bomb killed seven police officers in northern Burkina Faso on Sunday. The Islamic State denied responsibility for the attack.")]
    [InlineData("en", "A car bomb killed twelve soldiers in Mogadishu on Monday. Al-Shabaab did not claim responsibility for the attack.")]
    [InlineData("it", "Un'autobomba ha ucciso sei soldati a Mogadiscio lunedì. Al-Shabaab ha negato ogni responsabilità per l'attentato.")]
    public void Should_LeaveThePerpetratorUnnamed_When_ResponsibilityIsDeniedOrNotClaimed(string language, string text)
    {
        var events = fixture.OneSidedEngine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;
        Assert.Contains(events, e => e.Source is null && e.Cameo.StartsWith("18", StringComparison.Ordinal));
    }
}
