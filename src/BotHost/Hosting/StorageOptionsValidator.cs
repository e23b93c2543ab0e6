using BotHost.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BotHost.Hosting;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!options.IsPostgres && !string.Equals(options.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider must be sqlite or postgres, not \"{options.Provider}\".");
        }

        try
        {
            _ = options.IsPostgres ? new NpgsqlConnectionStringBuilder(options.ConnectionString) : (object)new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(options.IsPostgres
                ? $"Storage:ConnectionString is not a PostgreSQL connection string ({ex.Message.TrimEnd('.')}). Use one like \"Host=db;Database=bothost;Username=bothost\"."
                : $"Storage:ConnectionString is not a SQLite connection string ({ex.Message.TrimEnd('.')}). Use one like \"Data Source=/data/bothost.db\".");
        }

        return options.Synchronous.ToUpperInvariant() is "NORMAL" or "FULL" or "EXTRA"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Storage:Synchronous must be NORMAL, FULL or EXTRA.");
    }
}
