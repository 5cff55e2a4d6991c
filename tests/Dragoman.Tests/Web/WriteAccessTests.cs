using Dragoman.Web;
using Microsoft.AspNetCore.Http;

namespace Dragoman.Tests.Web;

/// <summary>Who may ingest: the bearer token, the loopback rule, and the request body limit.</summary>
public sealed class WriteAccessTests
{
    private const string Token = "s3cret-token-for-tests";

    private static readonly object Article = new { text = "Putin ha incontrato Xi Jinping a Pechino.", language = "it", date = "2025-05-08" };

    [Theory]
    [InlineData(null, 401, "Bearer")]
    [InlineData("wrong-token", 403, "not the server's token")]
    public async Task Should_RefuseIngest_When_TokenIsMissingOrWrong(string? offered, int expected, string message)
    {
        await using var server = await RunningServer.StartAsync(seeded: false, token: Token);
        var (status, body) = await server.PostAsync("/api/documents", Article, offered);
        Assert.Equal(expected, status);
        Assert.Contains(message, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await server.GetAsync("/api/health")).Body.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task Should_Ingest_When_TokenIsRight()
    {
        await using var server = await RunningServer.StartAsync(seeded: false, token: Token);
        var (status, body) = await server.PostAsync("/api/documents", Article, Token);
        Assert.Equal(201, status);
        Assert.Equal("inserted", body.GetProperty("outcome").GetString());
        var (_, events) = await server.GetAsync("/api/events");
        Assert.NotEqual(0, events.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Should_Answer413_When_BodyIsOverTheLimit()
    {
        await using var server = await RunningServer.StartAsync(seeded: false, maxBodyBytes: 10_000);
        var (status, body) = await server.PostAsync("/api/code", new { text = new string('a', 20_000), language = "it" });
        Assert.Equal(413, status);
        Assert.Contains("10,000", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false, null)]
    [InlineData(null, true, 403)]
    [InlineData(Token, false, 401)]
    [InlineData(Token, true, 401)]
    public void Should_DecideByTokenAndBinding_When_RequestHasNoToken(string? token, bool beyondLoopback, int? expected)
    {
        var guard = new WriteGuard(token, loopbackOnly: !beyondLoopback);
        Assert.Equal(expected, guard.Check(new DefaultHttpContext().Request)?.Status);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.0.2.10:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081", false)]
    public void Should_TellLoopback_When_ReadingUrls(string urls, bool expected) =>
        Assert.Equal(expected, LoopbackAddresses.AllLoopback(urls));
}
