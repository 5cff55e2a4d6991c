using Dragoman.Storage;
using Npgsql;
using Xunit.Abstractions;

namespace Dragoman.Tests.Storage;

/// <summary>
/// The store suite on a real PostgreSQL server named by <c>DRAGOMAN_TEST_POSTGRES</c> (a
/// postgres:// URL; .ci/run starts one). Each test gets its own schema, dropped afterwards.
/// Without the variable every test returns early and says so in its output.
/// </summary>
public sealed class PostgresEventStoreTests : EventStoreContract, IDisposable
{
    public const string EnvironmentVariable = "DRAGOMAN_TEST_POSTGRES";

    private readonly string? server = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private readonly string schema = "test_" + Guid.NewGuid().ToString("N");

    public PostgresEventStoreTests(ITestOutputHelper output) : base(output)
    {
    }

    protected override IEventStore? Open(bool reopen = false)
    {
        if (string.IsNullOrWhiteSpace(server))
        {
            Output.WriteLine($"SKIPPED: {EnvironmentVariable} is not set, so no PostgreSQL server to test against (.ci/run starts one).");
            return null;
        }

        if (!reopen)
        {
            Execute($"CREATE SCHEMA {schema}");
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(server)) { SearchPath = schema, Pooling = false };
        return PostgresEventStore.Open(builder.ConnectionString);
    }

    public void Dispose()
    {
        if (!string.IsNullOrWhiteSpace(server))
        {
            Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(server!)) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
