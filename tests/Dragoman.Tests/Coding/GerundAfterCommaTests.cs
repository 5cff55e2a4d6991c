using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A gerund after a comma continues the clause's act ("…, killing five"), even where the word is also a noun.</summary>
[Collection(EngineCollection.Name)]
public sealed class GerundAfterCommaTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("Israeli jets struck Gaza, killing several Hamas commanders.", "ISR", "18", "PSE")]
    [InlineData("Israeli warplanes destroyed Iran's consulate in Damascus, killing several Revolutionary Guards commanders.", "ISR", "18", "IRN")]
    public void Should_CodeTheGerund_When_ItFollowsAComma(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Zelensky accused Russian troops of blowing it up from inside, calling it \"an act of terror\".", "UKR")]
    [InlineData("Kenya's president accused the gangs of burning it down, calling it \"a crime against the nation\".", "KEN")]
    public void Should_GiveTheQuoteToTheSpeaker_When_APronounObjectStandsBeforeTheComma(string text, string speaker)
    {
        var document = fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "en", PublicationDate = new DateOnly(2024, 6, 20) }));

        Assert.Contains(document.Quotes, q => q.Speaker.Primary == speaker);
    }
}
