using Dragoman.Languages;
using Xunit;
using Xunit.Abstractions;

namespace Dragoman.Tests.Languages;

public sealed class LanguageDetectorTests : IClassFixture<LanguageDetectorFixture>
{
    private readonly LanguageDetector detector;
    private readonly ITestOutputHelper output;

    public LanguageDetectorTests(LanguageDetectorFixture fixture, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        detector = fixture.Detector;
        this.output = output;
    }

    [Theory]
    [InlineData("it", "Il governo ha approvato la nuova legge sul lavoro.")]
    [InlineData("es", "El gobierno ha aprobado la nueva ley sobre el trabajo.")]
    [InlineData("pt", "O governo aprovou a nova lei sobre o trabalho.")]
    [InlineData("it", "La squadra ha vinto la partita di ieri sera.")]
    [InlineData("es", "El equipo ganó el partido de ayer por la noche.")]
    [InlineData("pt", "A equipa ganhou o jogo de ontem à noite.")]
    [InlineData("it", "Domani pioverà in tutta la regione.")]
    [InlineData("es", "Mañana lloverá en toda la región.")]
    [InlineData("pt", "Amanhã vai chover em toda a região.")]
    [InlineData("it", "Il presidente ha incontrato i ministri a Roma.")]
    [InlineData("es", "El presidente se reunió con los ministros en Madrid.")]
    [InlineData("pt", "O presidente reuniu-se com os ministros em Lisboa.")]
    [InlineData("it", "Le elezioni si terranno a maggio.")]
    [InlineData("es", "Las elecciones se celebrarán en mayo.")]
    [InlineData("pt", "As eleições serão realizadas em maio.")]
    [InlineData("it", "I prezzi sono aumentati del tre per cento.")]
    [InlineData("es", "Los precios subieron un tres por ciento.")]
    [InlineData("pt", "Os preços subiram três por cento.")]
    [InlineData("fr", "Le gouvernement a adopté la nouvelle loi.")]
    [InlineData("en", "The government passed the new law.")]
    [InlineData("de", "Die Regierung hat das neue Gesetz beschlossen.")]
    [InlineData("ru", "Правительство приняло новый закон.")]
    [InlineData("uk", "Уряд ухвалив новий закон про освіту.")]
    [InlineData("nl", "De regering heeft de nieuwe wet aangenomen.")]
    [InlineData("pl", "Rząd przyjął nową ustawę o edukacji.")]
    [InlineData("tr", "Hükümet yeni eğitim yasasını kabul etti.")]
    public void Should_TellConfusableLanguagesApart_When_SentenceIsShort(string expected, string sentence)
    {
        var guess = detector.Detect(sentence);
        output.WriteLine($"{guess.Language} {guess.Confidence:F3} {guess.IsReliable}");

        Assert.Equal(expected, guess.Language);
    }

    [Theory]
    [InlineData("it", "Vladimir Putin e Kim Jong-un hanno accolto a Pyongyang Sergej Lavrov, Choe Son-hui e Andrej Belousov, mentre Antony Blinken, Yoon Suk-yeol e Fumio Kishida seguivano da Washington, Seul e Tokyo.")]
    [InlineData("en", "Vladimir Putin and Kim Jong-un welcomed Sergei Lavrov, Choe Son-hui and Andrei Belousov in Pyongyang, while Antony Blinken, Yoon Suk-yeol and Fumio Kishida watched from Washington, Seoul and Tokyo.")]
    [InlineData("es", "Vladimir Putin y Kim Jong-un recibieron en Pyongyang a Serguéi Lavrov, Choe Son-hui y Andréi Belousov, mientras Antony Blinken, Yoon Suk-yeol y Fumio Kishida lo seguían desde Washington, Seúl y Tokio.")]
    [InlineData("pt", "Vladimir Putin e Kim Jong-un receberam em Pyongyang Serguei Lavrov, Choe Son-hui e Andrei Belousov, enquanto Antony Blinken, Yoon Suk-yeol e Fumio Kishida acompanhavam tudo de Washington, Seul e Tóquio.")]
    [InlineData("fr", "Vladimir Poutine et Kim Jong-un ont accueilli à Pyongyang Sergueï Lavrov, Choe Son-hui et Andreï Belooussov, tandis qu'Antony Blinken, Yoon Suk-yeol et Fumio Kishida suivaient depuis Washington, Séoul et Tokyo.")]
    [InlineData("de", "Wladimir Putin und Kim Jong-un empfingen in Pjöngjang Sergej Lawrow, Choe Son-hui und Andrej Beloussow, während Antony Blinken, Yoon Suk-yeol und Fumio Kishida aus Washington, Seoul und Tokio zusahen.")]
    [InlineData("it", "Sinner, Alcaraz, Djokovic e Medvedev a Torino; Pogačar, Vingegaard e Evenepoel al Tour; Leclerc e Verstappen a Monza: il fine settimana sportivo di Sky, Rai e Dazn.")]
    [InlineData("en", "Sinner, Alcaraz, Djokovic and Medvedev in Turin; Pogačar, Vingegaard and Evenepoel at the Tour; Leclerc and Verstappen at Monza: the sporting weekend on Sky, the BBC and DAZN.")]
    public void Should_FindLanguage_When_ParagraphIsFullOfForeignNames(string expected, string paragraph)
    {
        var guess = detector.Detect(paragraph);
        output.WriteLine($"{guess.Language} {guess.Confidence:F3} {guess.IsReliable}");

        Assert.Equal(expected, guess.Language);
        Assert.True(guess.Confidence > 0.5, $"confidence {guess.Confidence}");
    }

    [Theory]
    [InlineData("ar", "وقّع رئيسا البلدين اتفاقية للدفاع المشترك في العاصمة يوم الأربعاء.")]
    [InlineData("zh", "两国领导人周三在首都签署了一项共同防御条约。")]
    [InlineData("el", "Η κυβέρνηση ενέκρινε τον νέο προϋπολογισμό για το επόμενο έτος.")]
    [InlineData("he", "הממשלה אישרה את התקציב החדש לשנה הבאה.")]
    [InlineData("ko", "정부는 내년도 새 예산안을 승인했다고 밝혔다.")]
    [InlineData("ru", "Президент заявил, что переговоры продолжатся в следующем месяце в Женеве.")]
    [InlineData("uk", "Президент заявив, що переговори продовжаться наступного місяця в Женеві.")]
    public void Should_DecideByScript_When_TextIsNotLatin(string expected, string sentence)
    {
        var guess = detector.Detect(sentence);

        Assert.Equal(expected, guess.Language);
        Assert.True(guess.IsReliable);
        Assert.InRange(guess.Confidence, 0.9, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("2024-06-19 12:30 +3,5% 1.000.000")]
    [InlineData("!!! ??? -- ... ***")]
    [InlineData("ไทยแลนด์")]
    public void Should_ReturnUndetermined_When_TextHasNoLettersOfAKnownScript(string text)
    {
        var guess = detector.Detect(text);

        Assert.False(guess.IsDetermined);
        Assert.Null(guess.Language);
        Assert.False(guess.IsReliable);
        Assert.Equal(0, guess.Confidence);
    }

    [Theory]
    [InlineData("OK")]
    [InlineData("Roma 3")]
    [InlineData("a b c")]
    public void Should_NotBeReliable_When_TextIsTooShort(string text)
    {
        var guess = detector.Detect(text);

        Assert.True(guess.IsDetermined);
        Assert.False(guess.IsReliable);
        Assert.InRange(guess.Confidence, 0.0, 1.0);
    }

    [Theory]
    [InlineData("it", "Il portavoce ha detto ai giornalisti che \"we are not going to negotiate\", ma poi ha aggiunto che il governo italiano resta aperto al dialogo con tutte le parti coinvolte nella crisi.")]
    [InlineData("en", "The minister said the talks were going well, adding in Italian that \"la strada è ancora lunga\", before leaving the building without taking further questions from reporters.")]
    public void Should_FollowTheMainLanguage_When_ParagraphQuotesAnotherLanguage(string expected, string paragraph)
    {
        Assert.Equal(expected, detector.Detect(paragraph).Language);
    }

    [Fact]
    public void Should_ListEveryDetectableLanguage_When_ProfilesAreLoaded()
    {
        var languages = detector.Profiles.Languages;

        foreach (var language in new[] { "it", "en", "fr", "es", "de", "pt", "ru", "uk", "nl", "pl", "tr", "ar", "zh" })
        {
            Assert.Contains(language, languages);
        }
    }
}
