using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>Clause analysis on short sentences of our own: who acts, on whom, negated or not, in which mood.</summary>
[Collection(EngineCollection.Name)]
public sealed class EventCoderTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string language, string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("it", "La Francia ha condannato l'attacco della Russia.", "FRA", "RUS", "11")]
    [InlineData("it", "La Germania non ha condannato la Russia.", "DEU", "RUS", "11")]
    [InlineData("en", "Brazil criticized Argentina on Monday.", "BRA", "ARG", "11")]
    [InlineData("en", "The sanctions were imposed by Canada on Venezuela.", "CAN", "VEN", "16")]
    [InlineData("it", "Il Giappone ha preteso che la Cina ritiri le navi.", "JPN", "CHN", "10")]
    [InlineData("en", "Egypt and Jordan signed a water agreement.", "EGY", "JOR", "05")]
    [InlineData("en", "The Iranian drones were shot down by Jordanian jets.", "JOR", "IRN", "19")]
    [InlineData("it", "Il Belgio ha inviato 300 milioni di euro alla Moldavia.", "BEL", "MDA", "07")]
    [InlineData("it", "La Norvegia ha fornito all'Ucraina armi per un miliardo.", "NOR", "UKR", "07")]
    [InlineData("en", "Japan sent $500 million to Ukraine.", "JPN", "UKR", "07")]
    [InlineData("en", "Chile and Peru signed a fisheries pact brokered by Ecuador.", "CHL", "PER", "05")]
    [InlineData("it", "Armenia e Azerbaigian hanno accettato una tregua mediata dalla Russia.", "ARM", "AZE", "08")]
    [InlineData("en", "Ecuadorian police stormed the Mexican embassy in Quito.", "ECU", "MEX", "17")]
    [InlineData("en", "Angry Nigerien protesters stormed the French embassy.", "NER", "FRA", "14")]
    [InlineData("it", "La polizia ecuadoriana ha fatto irruzione nell'ambasciata messicana.", "ECU", "MEX", "17")]
    [InlineData("en", "Greece seized a cargo ship bound for Turkey.", "GRC", "TUR", "17")]
    [InlineData("en", "Dutch investigators leading the inquiry accused Russia.", "NLD", "RUS", "11")]
    [InlineData("it", "La Turchia ha minacciato di chiudere il Bosforo se la Grecia armerà le isole.", "TUR", "GRC", "13")]
    [InlineData("en", "Venezuela threatened to cut oil exports if Colombia closed the border.", "VEN", "COL", "13")]
    [InlineData("en", "Serbia and Kosovo met in Brussels. The two countries pledged to reopen the border crossing.", "SRB", "XKX", "03")]
    [InlineData("it", "Serbia e Kosovo si sono incontrati a Bruxelles. I due paesi hanno promesso di riaprire il valico.", "XKX", "SRB", "03")]
    [InlineData("en", "Iran launched dozens of drones, which were shot down by Jordanian jets.", "JOR", "IRN", "19")]
    public void Should_CodeSourceTargetAndRoot_When_SentenceIsSimple(string language, string text, string source, string target, string root)
    {
        var events = Code(language, text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it", "La Polonia non ha criticato la Germania.", true, EventMood.Asserted)]
    [InlineData("en", "Spain did not criticize Morocco.", true, EventMood.Asserted)]
    [InlineData("it", "La Turchia potrebbe criticare la Grecia.", false, EventMood.Hypothetical)]
    [InlineData("en", "If Iran attacks Israel, the United States could sanction Iran.", false, EventMood.Hypothetical)]
    [InlineData("en", "Chile will condemn Peru.", false, EventMood.Future)]
    public void Should_MarkNegationAndMood_When_VerbGroupSaysSo(string language, string text, bool negated, EventMood mood)
    {
        var coded = Code(language, text).First();
        Assert.Equal(negated, coded.Negated);
        Assert.Equal(mood, coded.Mood);
    }

    [Theory]
    [InlineData("en", "Sweden joined the alliance in March.")]
    [InlineData("it", "Il premier ha visitato Roma, dove ha incontrato il sindaco.")]
    public void Should_CodeNothing_When_NoPoliticalEventBetweenActors(string language, string text) =>
        Assert.DoesNotContain(Code(language, text), e => !e.Negated && e.Mood != EventMood.Hypothetical && e.Target is not null && e.Source?.Primary == e.Target.Primary);

    [Theory]
    [InlineData("it", "La tregua è stata mediata dal Qatar e dall'Egitto.")]
    [InlineData("en", "The truce was brokered by Qatar and by Egypt.")]
    public void Should_MakeBothConjunctsAgents_When_AgentsAreCoordinated(string language, string text)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2024, 6, 20) }));
        Assert.Equal(2, document.Clauses![0].Arguments.Count(a => a.Role == ArgumentRole.Agent));
    }

    [Theory]
    [InlineData("en", "Norway summoned the Iranian envoy and condemned the executions in Iran.", "NOR", "11")]
    [InlineData("en", "Chile recalled the Venezuelan ambassador, and denounced the vote.", "CHL", "11")]
    [InlineData("it", "La Norvegia ha convocato l'ambasciatore iraniano e ha condannato l'Iran.", "NOR", "11")]
    [InlineData("en", "Greece intercepted a boat bound for Libya and detained its Turkish crew.", "GRC", "17")]
    public void Should_KeepTheFirstSubject_When_CoordinatedVerbFollowsAnObject(string language, string text, string source, string root) =>
        Assert.Contains(Code(language, text), e => e.Source?.Primary == source && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void Should_CarryTheSubject_When_ItalianDropsIt()
    {
        var events = Code("it", "Il presidente francese è arrivato a Roma. Ha criticato la Russia.");
        Assert.Contains(events, e => e.Source?.Primary == "FRA" && e.Target?.Primary == "RUS" && e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_RecordEvidenceAndRule_When_EventIsCoded()
    {
        var coded = Code("en", "Sweden praised Finland.").Single(e => e.Source?.Primary == "SWE");
        Assert.Equal("praised", coded.Evidence.Trigger);
        Assert.StartsWith("patterns/en/05.txt:", coded.Evidence.Rule, StringComparison.Ordinal);
        Assert.Equal(0, coded.Evidence.Start);
    }

    [Fact]
    public void Should_TurnAConditionalSanctionIntoAThreat_When_ConditionFollows()
    {
        var coded = Code("en", "Washington said it would impose sanctions on Caracas unless the elections were free.").First();
        Assert.StartsWith("13", coded.Cameo, StringComparison.Ordinal);
        Assert.Equal(EventMood.Asserted, coded.Mood);
    }

    [Fact]
    public void Should_AttributeClaim_When_SentenceSaysAccordingTo()
    {
        var coded = Code("en", "According to Ukraine, Russia attacked Kharkiv.").First(e => e.Source?.Primary == "RUS");
        Assert.Equal("UKR", coded.Attribution?.By);
    }

    [Theory]
    [InlineData("en", "China warned the Philippines against deploying missiles near Taiwan.", "15")]
    [InlineData("en", "Germany barred Serbia from deploying troops in Kosovo.", "15")]
    [InlineData("it", "La Cina ha diffidato le Filippine dal dispiegare missili vicino a Taiwan.", "15")]
    public void Should_MarkActHypothetical_When_APrepositionNamesItAsWarnedAgainstOrPrevented(string language, string text, string root)
    {
        var events = Code(language, text).Where(e => e.Cameo.StartsWith(root, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(EventMood.Hypothetical, e.Mood));
    }

    [Theory]
    [InlineData("en", "Ukraine accused Russian troops of shelling Kherson, calling on Turkey to intervene.", "UKR", "TUR")]
    public void Should_GiveTheFiniteVerbsSubject_When_AGerundFollowsAComma(string language, string text, string source, string target)
    {
        var events = Code(language, text).Where(e => e.Target?.Primary == target).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(source, e.Source?.Primary));
    }

    [Theory]
    [InlineData("en", "Russia freed two Americans in exchange for a Russian spy held in Germany.", "RUS", "USA", true)]
    [InlineData("it", "La Bielorussia ha liberato tre cittadini polacchi in cambio di un giornalista bielorusso.", "BLR", "POL", true)]
    [InlineData("en", "Russia freed two Americans on Monday.", "RUS", "USA", false)]
    public void Should_CodeBothSides_When_AReleaseIsPartOfASwap(string language, string text, string releaser, string other, bool swap)
    {
        var events = Code(language, text).Where(e => e.Cameo.StartsWith("08", StringComparison.Ordinal)).ToList();

        Assert.Contains(events, e => e.Source?.Primary == releaser && e.Target?.Primary == other);
        Assert.Equal(swap, events.Exists(e => e.Source?.Primary == other && e.Target?.Primary == releaser));
    }

    [Theory]
    [InlineData("en", "Israel demanded the release of all the hostages held by Hamas in Gaza.", "PSE")]
    [InlineData("it", "Israele ha chiesto il rilascio degli ostaggi detenuti da Hamas a Gaza.", "PSE")]
    public void Should_GiveNoPlaceTarget_When_AParticipleDescribesANounThatIsNoActor(string language, string text, string place) =>
        Assert.DoesNotContain(Code(language, text), e => e.Target?.Primary == place && e.Source?.Primary == place);

    [Theory]
    [InlineData("en", "Iraqi protesters set fire to the Swedish embassy.", "IRQ", "145")]
    [InlineData("en", "Russian soldiers set fire to Ukrainian homes in Kherson.", "RUS", "1712")]
    [InlineData("it", "Manifestanti iracheni hanno incendiato l'ambasciata svedese.", "IRQ", "145")]
    [InlineData("it", "Soldati russi hanno incendiato case ucraine a Kherson.", "RUS", "1712")]
    public void Should_TellViolentProtestFromDestruction_When_SettingFireByItsSource(string language, string text, string source, string code) =>
        Assert.Contains(Code(language, text), e => e.Source?.Primary == source && e.Cameo == code);

    [Theory]
    [InlineData("en", "India and Pakistan accused each other of violating the ceasefire.", "IND", "PAK")]
    [InlineData("it", "Armenia e Azerbaigian si sono accusati a vicenda di aver violato la tregua.", "ARM", "AZE")]
    public void Should_CodeBothDirections_When_SubjectsActOnEachOther(string language, string text, string first, string second)
    {
        var events = Code(language, text).Where(e => e.Cameo.StartsWith("11", StringComparison.Ordinal)).ToList();

        Assert.Contains(events, e => e.Source?.Primary == first && e.Target?.Primary == second);
        Assert.Contains(events, e => e.Source?.Primary == second && e.Target?.Primary == first);
    }
}
