using System.Text.Json;
using Dragoman.Tests.Infrastructure;

namespace Dragoman.Tests.Web;

/// <summary>Every endpoint of the JSON API over a real loopback server and a store seeded with samples/.</summary>
[Collection(WebCollection.Name)]
public sealed class WebApiTests(SeededServerFixture fixture)
{
    private const string Pact = "A Pyongyang Vladimir Putin e Kim Jong-un, leader nordcoreano, hanno firmato ieri un trattato.";

    private RunningServer Server => fixture.Server;

    [Fact]
    public async Task Should_ReportCounts_When_AskingHealth()
    {
        var (status, body) = await Server.GetAsync("/api/health");
        Assert.Equal(200, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("events").GetInt64() > 0);
        Assert.True(body.GetProperty("treaties").GetInt32() > 0);
    }

    [Fact]
    public async Task Should_ReturnSigningEventAndMentions_When_CodingAnArticle()
    {
        var (status, body) = await Server.PostAsync("/api/code", new { text = Pact, language = "it", date = "2024-06-19" });
        Assert.Equal(200, status);
        Assert.Equal("it", body.GetProperty("language").GetString());
        var signing = body.GetProperty("events").EnumerateArray().First(e => e.GetProperty("cameo").GetString() == "057");
        Assert.Equal("RUSGOV", signing.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("PRKGOV", signing.GetProperty("target").GetProperty("code").GetString());
        var evidence = signing.GetProperty("evidence");
        Assert.Equal(Pact[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()], evidence.GetProperty("text").GetString());
        var mentions = body.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        Assert.Contains("RUSGOV", mentions);
        Assert.Contains("PRKGOV", mentions);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("quotes").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("treaties").ValueKind);
    }

    [Fact]
    public async Task Should_StoreNothing_When_Coding()
    {
        var before = (await Server.GetAsync("/api/health")).Body.GetProperty("documents").GetInt64();
        await Server.PostAsync("/api/code", new { text = Pact + " Nothing to keep.", language = "it" });
        Assert.Equal(before, (await Server.GetAsync("/api/health")).Body.GetProperty("documents").GetInt64());
    }

    [Theory]
    [InlineData("{}", "application/json", 400, "text")]
    [InlineData("{\"text\": \"   \"}", "application/json", 400, "text")]
    [InlineData("{\"text\": \"unterminated", "application/json", 400, "not valid JSON")]
    [InlineData("[1, 2]", "application/json", 400, "not valid JSON")]
    [InlineData("{\"text\": \"Putin visita Pechino.\", \"language\": \"fr\"}", "application/json", 400, "'fr'")]
    [InlineData("{\"text\": \"Putin visita Pechino.\", \"date\": \"19/06/2024\"}", "application/json", 400, "YYYY-MM-DD")]
    [InlineData("{\"text\": \"Putin visita Pechino.\", \"id\": \"../etc/passwd\"}", "application/json", 400, "document id")]
    [InlineData("text=Putin", "application/x-www-form-urlencoded", 415, "application/json")]
    public async Task Should_AnswerJsonError_When_CodeRequestIsBad(string body, string contentType, int expectedStatus, string expectedMessage)
    {
        var (status, answer) = await Server.PostRawAsync("/api/code", body, contentType);
        Assert.Equal(expectedStatus, status);
        Assert.Contains(expectedMessage, answer.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Answer422_When_LanguageCannotBeTold()
    {
        var (status, answer) = await Server.PostAsync("/api/code", new { text = "1234 5678 ---- ****" });
        Assert.Equal(422, status);
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Should_PageThroughEvents_When_ListingEvents()
    {
        var (status, first) = await Server.GetAsync("/api/events?limit=3");
        Assert.Equal(200, status);
        Assert.Equal(3, first.GetProperty("events").GetArrayLength());
        Assert.Equal(3, first.GetProperty("next").GetInt32());
        var (_, second) = await Server.GetAsync("/api/events?limit=3&offset=3");
        var firstIds = first.GetProperty("events").EnumerateArray().Select(Key).ToHashSet();
        Assert.DoesNotContain(second.GetProperty("events").EnumerateArray().Select(Key), firstIds.Contains);
        var (_, last) = await Server.GetAsync("/api/events?limit=500");
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Should_ApplyFilters_When_ListingEvents()
    {
        var (status, body) = await Server.GetAsync("/api/events?actor=rus&root=05&limit=500&by=month");
        Assert.Equal(200, status);
        var events = body.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("05", e.GetProperty("root").GetString());
            Assert.Contains("RUS", new[] { e.GetProperty("source"), e.GetProperty("target") }.Select(a => a.ValueKind == JsonValueKind.Null ? null : a.GetProperty("country").GetString()));
        });
        var timeline = body.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(events.Count, timeline.Sum(p => p.GetProperty("events").GetInt32()));
    }

    [Theory]
    [InlineData("/api/events?from=2024-13-01", "YYYY-MM-DD")]
    [InlineData("/api/events?to=yesterday", "YYYY-MM-DD")]
    [InlineData("/api/events?root=21", "CAMEO root")]
    [InlineData("/api/events?cameo=05a", "CAMEO code")]
    [InlineData("/api/events?actor=R'--", "actor code")]
    [InlineData("/api/events?limit=0", "'limit'")]
    [InlineData("/api/events?limit=501", "'limit'")]
    [InlineData("/api/events?offset=-1", "'offset'")]
    [InlineData("/api/events?by=year", "unknown period")]
    [InlineData("/api/dyads/RUS/P", "actor code")]
    [InlineData("/api/dyads/RUS/PRK?by=decade", "unknown period")]
    [InlineData("/api/actors?limit=100000", "'limit'")]
    [InlineData("/api/treaties?party=P%3BDROP", "actor code")]
    [InlineData("/api/treaties?asOf=2024-02-30", "YYYY-MM-DD")]
    [InlineData("/api/allies/NORTHKOREA", "country code")]
    [InlineData("/api/allies/PRK?asOf=soon", "YYYY-MM-DD")]
    public async Task Should_AnswerJsonError_When_QueryIsBad(string path, string expectedMessage)
    {
        var (status, body) = await Server.GetAsync(path);
        Assert.Equal(400, status);
        Assert.Contains(expectedMessage, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_TreatQuotesAsText_When_SearchingFullText()
    {
        var (status, body) = await Server.GetAsync("/api/events?text=%22%20OR%201%3D1%20--");
        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Should_GiveBothDirections_When_AskingDyad()
    {
        var (status, body) = await Server.GetAsync("/api/dyads/rus/prk?by=month");
        Assert.Equal(200, status);
        Assert.Equal("RUS", body.GetProperty("a").GetString());
        var periods = body.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.Matches("^[0-9]{4}-[0-9]{2}$", p.GetProperty("period").GetString()));
        Assert.Equal(periods.Sum(p => p.GetProperty("events").GetInt32()), periods.Sum(p => Enumerable.Range(1, 4).Sum(q => p.GetProperty($"quad{q}").GetInt32())));
    }

    [Fact]
    public async Task Should_ListActorsAndDyads_When_AskingActors()
    {
        var (status, body) = await Server.GetAsync("/api/actors");
        Assert.Equal(200, status);
        var actors = body.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToHashSet();
        Assert.Contains("RUS", actors);
        Assert.All(body.GetProperty("dyads").EnumerateArray(), d =>
        {
            Assert.Contains(d.GetProperty("source").GetString(), actors);
            Assert.Contains(d.GetProperty("target").GetString(), actors);
            Assert.InRange(d.GetProperty("goldsteinMean").GetDouble(), -10, 10);
        });
    }

    [Fact]
    public async Task Should_GiveHistoryAndPhase_When_ListingTreatiesOfAParty()
    {
        var (status, body) = await Server.GetAsync("/api/treaties?party=prk&asOf=2025-02-01");
        Assert.Equal(200, status);
        var treaties = body.GetProperty("treaties").EnumerateArray().ToList();
        Assert.Contains(treaties, t => t.GetProperty("signed").GetString() == "2024-06-19" && t.GetProperty("phase").GetString() == "InForce");
        Assert.Contains(treaties, t => t.GetProperty("history").GetString()!.Contains("1996-09-10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_NameRussia_When_AskingWhoHelpsNorthKorea()
    {
        var (status, body) = await Server.GetAsync("/api/allies/prk?asOf=2025-02-01&attacker=KOR");
        Assert.Equal(200, status);
        Assert.Equal("PRK", body.GetProperty("country").GetString());
        var binding = body.GetProperty("ties").EnumerateArray().Where(t => t.GetProperty("standing").GetString() == "binding").ToList();
        var russia = Assert.Single(binding, t => t.GetProperty("helper").GetString() == "RUS");
        Assert.Contains("Art. 4", russia.GetProperty("provisionSummary").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(russia.GetProperty("bases").EnumerateArray());
    }

    [Fact]
    public async Task Should_StoreOnce_When_IngestingTheSameDocumentTwice()
    {
        var article = new { text = "Il ministro degli Esteri russo ha incontrato il ministro degli Esteri cinese a Pechino.", language = "it", date = "2025-03-01", id = "api-test-visit" };
        var (first, created) = await Server.PostAsync("/api/documents", article);
        Assert.Equal(201, first);
        Assert.Equal("inserted", created.GetProperty("outcome").GetString());
        var (second, again) = await Server.PostAsync("/api/documents", article);
        Assert.Equal(200, second);
        Assert.Equal("skipped", again.GetProperty("outcome").GetString());
        var (_, health) = await Server.GetAsync("/api/health");
        Assert.True(health.GetProperty("documents").GetInt64() > 1);
    }

    [Fact]
    public async Task Should_AnswerJsonError_When_IngestRequestIsBad()
    {
        var (status, body) = await Server.PostRawAsync("/api/documents", "{\"text\": 42}", "application/json");
        Assert.Equal(400, status);
        Assert.Contains("not valid JSON", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nothing-here", 404)]
    [InlineData("/api/code", 405)]
    public async Task Should_AnswerJsonError_When_RouteOrMethodIsWrong(string path, int expected)
    {
        var (status, body) = await Server.GetAsync(path);
        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Should_DescribeEveryEndpoint_When_AskingOpenApi()
    {
        var (status, body) = await Server.GetAsync("/api/openapi.json");
        Assert.Equal(200, status);
        var paths = body.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/code", "post"), ("/api/events", "get"), ("/api/dyads/{a}/{b}", "get"), ("/api/actors", "get"),
            ("/api/treaties", "get"), ("/api/allies/{country}", "get"), ("/api/documents", "post"), ("/api/health", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out _), $"{method} {path} is missing");
        }

        var eventParameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("actor", eventParameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("from", eventParameters, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/read.js", "text/javascript")]
    [InlineData("/vendor/echarts/echarts.min.js", "text/javascript")]
    [InlineData("/vendor/cytoscape/cytoscape.min.js", "text/javascript")]
    public async Task Should_ServeDashboardWithPolicy_When_AskingStaticFiles(string path, string mediaType)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_CodeFoundingArticle_When_SharedFolderIsPresent()
    {
        if (SharedFolder.File("samples/putin-kim-pact.it.txt") is not { } path)
        {
            Console.WriteLine(SharedFolder.Missing);
            return;
        }

        var (status, body) = await Server.PostAsync("/api/code", new { text = await File.ReadAllTextAsync(path), date = "2024-06-20" });
        Assert.Equal(200, status);
        Assert.Contains(body.GetProperty("events").EnumerateArray(), e => e.GetProperty("cameo").GetString() == "057");
        Assert.NotEmpty(body.GetProperty("treaties").EnumerateArray());
    }

    private static string Key(JsonElement e) => $"{e.GetProperty("doc").GetString()}/{e.GetProperty("sentence").GetInt32()}/{e.GetProperty("cameo").GetString()}/{e.GetProperty("evidence").GetProperty("start").GetInt32()}/{e.GetProperty("source")}/{e.GetProperty("target")}";
}
