using System.Security.Cryptography;
using BotHost.Core.Privacy;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage;

// Builds the process keyring: the master key from configuration, and the data keys it wraps from the
// data_keys table (created on first start).
public sealed partial class KeyringLoader(
    Database database,
    IOptions<EncryptionOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<KeyringLoader> logger)
{
    public MasterKeys LoadMasterKeys()
    {
        var configured = options.Value.EncryptionKey;
        byte[] current;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            current = MasterKeys.Parse(configured);
        }
        else if (environment.IsDevelopment())
        {
            current = DevelopmentKey();
        }
        else
        {
            throw new InvalidOperationException(
                "Reports:EncryptionKey is not set. Generate one with `BotHost keys generate` and set it as the environment variable Reports__EncryptionKey.");
        }

        return new MasterKeys(current, options.Value.PreviousEncryptionKeys.Select(MasterKeys.Parse));
    }

    public Keyring Load()
    {
        var master = LoadMasterKeys();
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        var transient = DataKey(connection, master, Keyring.TransientPurpose);
        var pseudonym = DataKey(connection, master, Keyring.PseudonymPurpose);
        return new Keyring(master, transient, pseudonym);
    }

    private byte[] DataKey(System.Data.IDbConnection connection, MasterKeys master, string purpose)
    {
        var wrapped = Wrapped(connection, purpose);
        if (wrapped is null)
        {
            var fresh = master.Wrap(Keyring.NewDataKey(), purpose);
            connection.Execute(
                "INSERT INTO data_keys (purpose, key_id, wrapped, created_at) VALUES (@purpose, @KeyId, @Data, @now) ON CONFLICT (purpose) DO NOTHING",
                new { purpose, fresh.KeyId, fresh.Data, now = Database.Ms(time.GetUtcNow()) });
            wrapped = Wrapped(connection, purpose)!;
        }

        return master.Unwrap(wrapped, purpose);
    }

    private static WrappedKey? Wrapped(System.Data.IDbConnection connection, string purpose) =>
        connection.Query<(string KeyId, byte[] Data)>("SELECT key_id, wrapped FROM data_keys WHERE purpose = @purpose", new { purpose })
            .Select(row => new WrappedKey(row.KeyId, row.Data))
            .SingleOrDefault();

    // Development only: a key kept beside the database so that `dotnet run` works with no set-up.
    private byte[] DevelopmentKey()
    {
        var folder = database is Sqlite.SqliteDatabase sqlite ? Path.GetDirectoryName(sqlite.FilePath) : null;
        var path = Path.Combine(folder is { Length: > 0 } ? folder : Path.Combine(environment.ContentRootPath, "data"), "master.key");
        Log.DevelopmentKey(logger, path);
        if (File.Exists(path))
        {
            return MasterKeys.Parse(File.ReadAllText(path));
        }

        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "!!! Reports:EncryptionKey is not set. Using a development key stored in {Path}. Anyone with that file can read stored reports. Never run like this in production. !!!")]
        public static partial void DevelopmentKey(ILogger logger, string path);
    }
}
