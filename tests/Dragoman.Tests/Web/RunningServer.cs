using System.Net.Http.Json;
using System.Text.Json;
using Dragoman.Data;
using Dragoman.Ingest;
using Dragoman.Storage;
using Dragoman.Tests.Infrastructure;
using Dragoman.Tests.Storage;
using Dragoman.Web;
using Microsoft.AspNetCore.Builder;

namespace Dragoman.Tests.Web;

/// <summary>
/// A real Kestrel server on a free loopback port (port 0), over a fresh SQLite store in a temporary
/// folder, optionally seeded with samples/ the way <c>dragoman ingest samples/</c> does it.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly TempFolder folder;
    private readonly WebApplication app;

    private RunningServer(TempFolder folder, WebApplication app, Uri address)
    {
        this.folder = folder;
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string DatabasePath => folder.File("web.db");

    public static async Task<RunningServer> StartAsync(bool seeded, string? token = null, long maxBodyBytes = WebServerOptions.DefaultMaxBodyBytes)
    {
        var folder = new TempFolder();
        var db = folder.File("web.db");
        var engine = new EngineFixture().Engine;
        if (seeded)
        {
            Seed(db);
        }

        var app = DragomanWebApp.Build(engine, new WebServerOptions { Urls = "http://127.0.0.1:0", Db = db, Token = token, MaxBodyBytes = maxBodyBytes });
        await app.StartAsync();
        return new RunningServer(folder, app, new Uri(app.Urls.First()));
    }

    /// <summary>Ingests the project's own sample articles, as <c>dragoman ingest samples/</c>.</summary>
    private static void Seed(string db)
    {
        var data = DataDirectory.Locate();
        using var store = EventStoreFactory.Open(db);
        var reader = new IngestSourceReader(new IngestOptions(), HtmlMetaRules.Load(data));
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var report = new DocumentIngester(new EngineFixture().Engine, store).Ingest(reader.Read([samples]), samples);
        if (report.Documents == 0)
        {
            throw new InvalidOperationException("seeding the test store stored no document");
        }
    }

    public async Task<(int Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public async Task<(int Status, JsonElement Body)> PostRawAsync(string path, string body, string contentType)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode} is not JSON: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        // The pool's connections close with the app's services; SQLite may keep the file a moment longer.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
