using Dragoman.Engine;
using Dragoman.Treaties;
using Dragoman.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Dragoman.Web;

/// <summary>Builds the web application of <c>dragoman serve</c>: the JSON API, its OpenAPI document and the dashboard.</summary>
public static class DragomanWebApp
{
    public const string OpenApiPath = "/api/openapi.json";

    public static WebApplication Build(DragomanEngine engine, WebServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        var staticRoot = options.StaticRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Bad request bodies throw, so the error middleware can answer with a JSON message instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.AllowTrailingCommas = false);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dragoman API";
            document.Info.Description = "Code news articles into political events (CAMEO), query the event store, and ask who is bound to help whom. Every error is {\"error\": \"…\"}.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(engine);
        // Made by the container (not handed to it) so that stopping the app closes the pooled connections.
        builder.Services.AddSingleton(_ => new StorePool(options.Db));
        builder.Services.AddSingleton(new AllianceGraph(engine.TreatyKnowledgeBase.Treaties, []));
        builder.Services.AddSingleton(new WriteGuard(options.Token, LoopbackAddresses.AllLoopback(options.Urls)));
        builder.Services.AddSingleton(new ErrorResponses(options.MaxBodyBytes));

        var app = builder.Build();
        var errors = app.Services.GetRequiredService<ErrorResponses>();
        app.Services.GetRequiredService<StorePool>(); // a store that cannot be opened fails here, not on the first request
        app.Use(SecurityHeaders.Add);
        app.Use(errors.CatchAsync);
        app.UseStatusCodePages(errors.StatusPageAsync);
        if (Directory.Exists(staticRoot))
        {
            var files = new PhysicalFileProvider(staticRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        CodeEndpoint.Map(app);
        EventsEndpoint.Map(app);
        DyadEndpoint.Map(app);
        ActorsEndpoint.Map(app);
        TreatiesEndpoint.Map(app);
        AlliesEndpoint.Map(app);
        DocumentsEndpoint.Map(app);
        HealthEndpoint.Map(app);
        app.MapOpenApi(OpenApiPath);
        return app;
    }
}
