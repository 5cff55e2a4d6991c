using Dragoman.Coding;
using Dragoman.Documents;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Coding;

/// <summary>The Italian cleft names the doer of its infinitive after (or before) the copula.</summary>
[Collection(EngineCollection.Name)]
public sealed class CleftSubjectTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("A condannare l'attacco contro la Moldavia è stata la Francia.", "FRA", "MDA", "11")]
    [InlineData("Ad annunciare le sanzioni contro la Bielorussia è stato il governo polacco.", "POL", "BLR", "16")]
    [InlineData("È stata la Turchia a schierare truppe al confine con la Siria.", "TUR", "SYR", "15")]
    [InlineData("Sono stati i ribelli Houthi a lanciare il missile contro Israele.", "YEM", "ISR", "19")]
    [InlineData("A chiedere il rilascio degli ostaggi è stato ieri il Qatar, che ha esortato Hamas a liberarli.", "QAT", "PSE", "02")]
    public void Should_GiveTheInfinitiveTheCopulasActor_When_TheSentenceIsACleft(string text, string source, string target, string root)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Source?.Primary == source && e.Target?.Primary == target && e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Mood != EventMood.Hypothetical);
    }

    [Theory]
    [InlineData("La Russia ha deciso di non rinnovare l'accordo. A farlo sapere è stato il ministero degli Esteri.")]
    [InlineData("Non è stata la Francia a condannare la Russia.")]
    public void Should_CodeNoEventOfTheCopula_When_TheCleftHasNoActorOrIsNegated(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Source?.Primary == "FRA" && e.Mood == EventMood.Asserted && !e.Negated);

    private IReadOnlyList<CodedEvent> Code(string text) =>
        fixture.Engine.Process(new Document("t", text, new DocumentInfo { Language = "it", PublicationDate = new DateOnly(2025, 5, 12) })).Events;
}
