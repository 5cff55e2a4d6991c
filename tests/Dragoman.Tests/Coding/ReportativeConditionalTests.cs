using Dragoman.Coding;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>The Italian conditional perfect under a named source reports an act (grammar key reportativeAux).</summary>
[Collection(EngineCollection.Name)]
public sealed class ReportativeConditionalTests(EngineFixture fixture)
{
    private IReadOnlyList<CodedEvent> Asserted(string text) => fixture.AssertedEvents("it", new DateOnly(2025, 3, 1), text);

    [Theory]
    [InlineData("Secondo fonti di Erevan, Baku avrebbe chiesto la modifica della costituzione armena.", "AZE", "ARM")]
    [InlineData("Stando a fonti diplomatiche, il Marocco avrebbe richiamato il suo ambasciatore da Algeri.", "MAR", "DZA")]
    public void Should_Assert_When_AConditionalPerfectIsAttributed(string text, string source, string target) =>
        Assert.Contains(Asserted(text), e => e.Source?.Primary == source && e.Target?.Primary == target);

    [Theory]
    [InlineData("Baku avrebbe chiesto la modifica della costituzione armena se Erevan avesse firmato.")]
    [InlineData("Il ministro ha detto che la Serbia avrebbe firmato l'accordo con il Kosovo se Pristina avesse riconosciuto le municipalità.")]
    public void Should_StayHypothetical_When_AConditionGovernsIt(string text) =>
        Assert.Empty(Asserted(text));
}
