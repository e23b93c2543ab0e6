using BotHost.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        try
        {
            _ = new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"Storage:ConnectionString is not a SQLite connection string ({ex.Message.TrimEnd('.')}). Use one like \"Data Source=/data/bothost.db\".");
        }

        return options.Synchronous.ToUpperInvariant() is "NORMAL" or "FULL" or "EXTRA"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Storage:Synchronous must be NORMAL, FULL or EXTRA.");
    }
}
