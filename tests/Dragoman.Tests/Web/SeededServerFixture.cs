namespace Dragoman.Tests.Web;

/// <summary>One server over a store seeded with samples/, shared by the API and browser tests.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    private RunningServer? server;

    public RunningServer Server => server ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync() => server = await RunningServer.StartAsync(seeded: true);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
