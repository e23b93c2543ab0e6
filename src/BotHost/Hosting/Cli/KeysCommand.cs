using System.CommandLine;
using System.Security.Cryptography;
using BotHost.Core.Privacy;
using BotHost.Storage;
using BotHost.Storage.Keys;

namespace BotHost.Hosting.Cli;

// `keys generate` prints a new master key; `keys rotate` re-wraps every data key under a new one;
// `keys status` shows which master keys the stored data keys need.
public static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Manage the master encryption key.");

        var generate = new Command("generate", "Print a new random master key (base64 of 32 bytes).");
        generate.SetAction(_ => Console.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        keys.Subcommands.Add(generate);

        var newKeyFile = new Option<FileInfo>("--new-key-file") { Description = "File holding the new key. Without it the key is read from standard input." }.AcceptExistingOnly();
        var rotate = BotHostCli.HostCommand("rotate", "Re-wrap every data key under a new master key.");
        rotate.Options.Add(newKeyFile);
        rotate.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(newKeyFile);
            var text = file is null ? await Console.In.ReadLineAsync(ct) : await File.ReadAllTextAsync(file.FullName, ct);
            var newKey = EncryptionOptionsValidator.IsKey(text ?? "")
                ? MasterKeys.Parse(text!)
                : throw new OperatorException("the new key is not a key: it must be base64 of 32 bytes; \"BotHost keys generate\" makes one.");
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            await app.Services.GetRequiredService<Migrator>().MigrateAsync(ct);
            var current = app.Services.GetRequiredService<KeyringLoader>().LoadMasterKeys();
            var count = await app.Services.GetRequiredService<KeyRotator>().RotateAsync(current, newKey, ct);
            Console.WriteLine($"Re-wrapped {count} data keys under master key {MasterKeys.IdOf(newKey)}.");
            Console.WriteLine("Now set Reports__EncryptionKey to the new key on every host, and keep the old key in Reports__PreviousEncryptionKeys__0 until all hosts have restarted.");
            return 0;
        });
        keys.Subcommands.Add(rotate);

        var status = BotHostCli.HostCommand("status", "Show which master keys the stored data keys are wrapped with.");
        status.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            await app.Services.GetRequiredService<Migrator>().MigrateAsync(ct);
            var configured = app.Services.GetRequiredService<KeyringLoader>().LoadMasterKeys().CurrentId;
            foreach (var (keyId, count) in await app.Services.GetRequiredService<KeyRotator>().KeysInUseAsync(ct))
            {
                Console.WriteLine($"{keyId}\t{count} data keys{(keyId == configured ? "\t(current)" : "")}");
            }

            return 0;
        });
        keys.Subcommands.Add(status);
        return keys;
    }
}
