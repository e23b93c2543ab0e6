using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Storage.Contracts;

// A database the contract suites run against: a fresh, empty one for each test.
public abstract class Backend
{
    // What the host must end up on: a guard against settings that did not take.
    public abstract string Dialect { get; }

    public abstract Task<Dictionary<string, string?>> NewDatabaseAsync(TempFolder folder);

    public virtual Task DropAsync() => Task.CompletedTask;
}

// The default: an SQLite file in the test's folder (BotHostFactory's own setting).
public sealed class SqliteBackend : Backend
{
    public override string Dialect => "sqlite";

    public override Task<Dictionary<string, string?>> NewDatabaseAsync(TempFolder folder) => Task.FromResult(new Dictionary<string, string?>());
}

// A database of its own on the PostgreSQL that .ci/setup-postgres.sh starts (or BOTHOST_TEST_POSTGRES).
public sealed class PostgresBackend : Backend
{
    private string? database;

    public override string Dialect => "postgres";

    public override async Task<Dictionary<string, string?>> NewDatabaseAsync(TempFolder folder)
    {
        database = await PostgresServer.CreateDatabaseAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = PostgresServer.ConnectionString(database),
        };
    }

    public override Task DropAsync() => database is null ? Task.CompletedTask : PostgresServer.DropDatabaseAsync(database);
}
