using Npgsql;

namespace BotHost.Tests.Storage.Contracts;

// The test PostgreSQL server. On CI (CI=true) it must be there; on a developer's machine without one, the
// PostgreSQL tests are skipped.
public static class PostgresServer
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=bothost;Password=bothost;Database=postgres;Timeout=5";

    private static readonly Lazy<Task<bool>> Reachable = new(ProbeAsync);

    public static string Admin => Environment.GetEnvironmentVariable("BOTHOST_TEST_POSTGRES") is { Length: > 0 } given ? given : DefaultConnectionString;

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Admin) { Database = database, MaxPoolSize = 40 }.ToString();

    public static async Task EnsureAvailableAsync()
    {
        var reachable = await Reachable.Value;
        if (!reachable && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            throw new InvalidOperationException("PostgreSQL is not reachable at " + new NpgsqlConnectionStringBuilder(Admin).Host + "; .ci/setup-postgres.sh starts it.");
        }

        Skip.IfNot(reachable, "PostgreSQL is not running (bash .ci/setup-postgres.sh starts one on loopback).");
    }

    public static async Task<string> CreateDatabaseAsync()
    {
        await EnsureAvailableAsync();
        var name = "bothost_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<bool> ProbeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Admin);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return false;
        }
    }
}
