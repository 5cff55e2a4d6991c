using Dragoman.Storage;
using Xunit.Abstractions;

namespace Dragoman.Tests.Storage;

public sealed class SqliteEventStoreTests : EventStoreContract, IDisposable
{
    private readonly TempFolder folder = new();

    public SqliteEventStoreTests(ITestOutputHelper output) : base(output)
    {
    }

    protected override IEventStore? Open(bool reopen = false) => SqliteEventStore.Open(folder.File("store.db"));

    [Fact]
    public void Should_UseWriteAheadLog_When_StoreIsOpened()
    {
        using var store = Open();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("store.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Theory]
    [InlineData(null, null, "dragoman.db")]
    [InlineData("x.db", "env.db", "x.db")]
    [InlineData(null, "env.db", "env.db")]
    public void Should_ChooseStore_When_OptionOrEnvironmentGiven(string? option, string? environment, string expected)
    {
        var before = Environment.GetEnvironmentVariable(EventStoreFactory.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(EventStoreFactory.EnvironmentVariable, environment);
            Assert.Equal(expected, EventStoreFactory.Resolve(option));
        }
        finally
        {
            Environment.SetEnvironmentVariable(EventStoreFactory.EnvironmentVariable, before);
        }
    }

    [Theory]
    [InlineData("postgres://ana:s%3Acret@db.example:6543/events", "Host=db.example;Port=6543;Database=events;Username=ana;Password=s:cret")]
    [InlineData("postgresql://localhost/events", "Host=localhost;Port=5432;Database=events")]
    public void Should_ReadConnectionString_When_PostgresUrlGiven(string url, string expected)
    {
        Assert.True(EventStoreFactory.IsPostgres(url));
        Assert.Equal(expected, PostgresUrl.ToConnectionString(url));
    }

    public void Dispose() => folder.Dispose();
}
