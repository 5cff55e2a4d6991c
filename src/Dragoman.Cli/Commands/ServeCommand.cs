using System.CommandLine;
using Dragoman.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman serve</c>: the HTTP API and the dashboard over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated (default: loopback only). Beyond loopback, ingesting needs a token",
            DefaultValueFactory = _ => WebServerOptions.DefaultUrls,
        };
        var token = new Option<string?>("--token") { Description = $"Bearer token that POST /api/documents requires (default: {WebServerOptions.TokenVariable})" };
        var maxBody = new Option<long>("--max-body") { Description = "Largest request body in bytes", DefaultValueFactory = _ => WebServerOptions.DefaultMaxBodyBytes };
        var command = new Command("serve", "Serve the JSON API and the dashboard (Read, Explore, Alliances) over the store");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.Options.Add(token);
        command.Options.Add(maxBody);
        command.SetAction(result =>
        {
            // Fail early with a clean message when the store cannot be opened.
            using (var probe = StoreOptions.Open(console, result.GetValue(db)))
            {
                if (probe is null)
                {
                    return CommandLine.SomeInputsFailed;
                }
            }

            var engine = EngineHost.Load(result.GetValue(CommonOptions.Data));
            var options = new WebServerOptions
            {
                Urls = result.GetValue(urls)!,
                Db = result.GetValue(db),
                Token = result.GetValue(token) ?? Environment.GetEnvironmentVariable(WebServerOptions.TokenVariable),
                MaxBodyBytes = result.GetValue(maxBody),
            };
            var app = DragomanWebApp.Build(engine, options);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                console.Error.WriteLine($"dragoman: {options.Urls}: {e.Message}");
                return CommandLine.SomeInputsFailed;
            }

            foreach (var address in app.Urls)
            {
                console.Out.WriteLine($"Dragoman dashboard on {address}/ (API under {address}/api, OpenAPI at {address}{DragomanWebApp.OpenApiPath}); Ctrl+C stops");
            }

            if (!LoopbackAddresses.AllLoopback(options.Urls) && string.IsNullOrEmpty(options.Token))
            {
                console.Error.WriteLine($"dragoman: listening beyond loopback without a token: POST /api/documents is refused (set {WebServerOptions.TokenVariable} or --token)");
            }

            app.WaitForShutdown();
            return CommandLine.Ok;
        });
        return command;
    }
}
