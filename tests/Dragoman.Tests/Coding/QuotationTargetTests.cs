using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>A verb after a quotation is aimed at the subject of the quoted clause.</summary>
[Collection(EngineCollection.Name)]
public sealed class QuotationTargetTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2024, 6, 20) })).Events;

    [Theory]
    [InlineData("«Hezbollah pagherà un prezzo pesante», ha promesso il premier israeliano.", "ISR", "13", "LBN")]
    [InlineData("«La Russia ha colpito la centrale di Zaporizhzhia», ha denunciato Kiev.", "UKR", "11", "RUS")]
    public void Should_TargetTheQuotedSubject_When_AVerbFollowsTheQuotation(string text, string source, string root, string target) =>
        Assert.Contains(Code(text), e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("«Non firmeremo nulla», ha detto il ministro serbo.")]
    [InlineData("«Pagheranno un prezzo pesante», ha promesso il premier israeliano.")]
    public void Should_TargetNothing_When_NoQuotedSubjectComesBefore(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo.StartsWith("13", StringComparison.Ordinal) || e.Cameo.StartsWith("11", StringComparison.Ordinal));
}
