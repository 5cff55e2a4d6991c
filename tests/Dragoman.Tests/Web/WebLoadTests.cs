using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Dragoman.Tests.Web;

/// <summary>
/// A bounded load test on loopback: POST /api/code and GET /api/events, 1000 requests each or 10 s,
/// whichever ends first. No request may fail; the numbers go to the test output and load-test.txt.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WebLoadTests(SeededServerFixture fixture, ITestOutputHelper output)
{
    private const int Requests = 1000;
    private const int Workers = 4;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private const string Article = "A Pyongyang Vladimir Putin e Kim Jong-un, leader nordcoreano, hanno firmato ieri un trattato di difesa. "
        + "Washington ha criticato l'accordo, mentre la Cina ha invitato alla calma.";

    [Fact]
    public async Task Should_AnswerEveryRequest_When_LoadingCodeAndEvents()
    {
        var server = fixture.Server.Address;
        var code = await LoadRun.RunAsync("POST /api/code", server, Requests, Budget, Workers, client =>
            client.PostAsJsonAsync(new Uri("/api/code", UriKind.Relative), new { text = Article, language = "it", date = "2024-06-19" }));
        var events = await LoadRun.RunAsync("GET /api/events", server, Requests, Budget, Workers, client =>
            client.GetAsync(new Uri("/api/events?actor=RUS&limit=50", UriKind.Relative)));
        var report = $"{code}\n{events}\n";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "load-test.txt"), report);
        foreach (var run in new[] { code, events })
        {
            Assert.Equal(0, run.Errors);
            Assert.True(run.Requests >= 50, $"{run.Name}: only {run.Requests} requests in {Budget}");
        }
    }
}
