using Dragoman.Storage;

namespace Dragoman.Tests.Storage;

/// <summary>Hand-made documents with known events, so store tests need no engine.</summary>
public static class StoreSamples
{
    public static StoredActor Russia => new("RUSGOV", "RUS", "Vladimir Putin", "il presidente Vladimir Putin");

    public static StoredActor NorthKorea => new("PRKGOV", "PRK", "Kim Jong-un", "Kim Jong-un");

    public static StoredActor Ukraine => new("UKR", "UKR", "Ukraine", "l'Ucraina");

    public static StoredEvent Event(StoredActor? source, StoredActor? target, string cameo, double goldstein, int quad, DateOnly? date, int sentence = 0) => new()
    {
        Sentence = sentence,
        Date = date,
        DateSource = "publication",
        Source = source,
        Target = target,
        Cameo = cameo,
        Label = "label " + cameo,
        Root = cameo[..2],
        Goldstein = goldstein,
        QuadClass = quad,
        Plover = quad <= 2 ? "AGREE" : "ASSAULT",
        Negated = cameo == "190",
        Mood = "asserted",
        AttributionBy = cameo == "190" ? "USA" : null,
        AttributionText = cameo == "190" ? "Washington afferma" : null,
        EvidenceStart = 0,
        EvidenceEnd = 10,
        EvidenceText = "evidence «è» \"quoted\", with comma",
        Trigger = "hanno firmato",
        Rule = "patterns/it/05.txt:12",
    };

    /// <summary>Russia and North Korea sign (both directions) on 2024-06-19.</summary>
    public static StoredDocument Pact(string text = "Putin e Kim hanno firmato un trattato di difesa reciproca a Pyongyang.") => new()
    {
        Id = "pact",
        ContentHash = ContentHash.Of(text),
        Source = "samples/pact.txt",
        Url = "https://example.org/pact",
        Title = "Patto Russia-Corea del Nord",
        Language = "it",
        PublicationDate = new DateOnly(2024, 6, 19),
        Text = text,
        Events =
        [
            Event(Russia, NorthKorea, "057", 8.0, 1, new DateOnly(2024, 6, 19)),
            Event(NorthKorea, Russia, "057", 8.0, 1, new DateOnly(2024, 6, 19)),
        ],
        Mentions =
        [
            new StoredMention(0, 0, 5, "Putin", "RUSGOV", "RUS", "Vladimir Putin", "person", null, "data/actors/people.tsv:1"),
            new StoredMention(0, 8, 11, "Kim", "PRKGOV", "PRK", "Kim Jong-un", "person", null, "short name"),
        ],
        Quotes = [new StoredQuote { Start = 0, End = 5, Kind = "direct", Text = "un patto storico", SpeakerCode = "RUSGOV" }],
        Treaties = [new StoredTreaty { Name = "Trattato di partenariato strategico globale", Parties = "RUS PRK", SignedDate = new DateOnly(2024, 6, 19), Status = "signed" }],
    };

    /// <summary>Russia attacks Ukraine on 2024-07-02 (negated, attributed), and an undated appeal by Ukraine.</summary>
    public static StoredDocument Strike() => new()
    {
        Id = "strike",
        ContentHash = ContentHash.Of("strike text"),
        Language = "en",
        PublicationDate = new DateOnly(2024, 7, 2),
        Text = "Russian forces struck Kharkiv overnight, Ukrainian officials said.",
        Events =
        [
            Event(Russia, Ukraine, "190", -10.0, 4, new DateOnly(2024, 7, 2)),
            Event(Ukraine, NorthKorea, "0233", 7.4, 2, null, sentence: 1),
        ],
    };
}
