using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A connective alone between commas opens no clause; a relative pronoun between commas still does.</summary>
[Collection(EngineCollection.Name)]
public sealed class ParentheticalConnectiveTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("it", "La Francia, tuttavia, ha condannato la Russia.", "FRA", "RUS", "11")]
    [InlineData("it", "Il governo greco, però, ha respinto la proposta della Turchia.", "GRC", "TUR", "12")]
    [InlineData("it", "L'Egitto, invece, ha inviato aiuti umanitari al Sudan.", "EGY", "SDN", "07")]
    [InlineData("en", "Congolese troops fought alongside the M23 rebels, who, according to the army, shelled government positions near Goma.", "COD", "COD", "19")]
    public void Should_FindTheSubject_When_ACommaEnclosedWordStandsBeforeTheVerb(string language, string text, string source, string target, string root)
    {
        var events = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = language, PublicationDate = new DateOnly(2025, 5, 12) })).Events;
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }
}
