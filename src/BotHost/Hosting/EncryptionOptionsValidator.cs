using BotHost.Core.Privacy;
using BotHost.Storage;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting;

// The master key is checked when something first needs it (at the server's start, or when a command opens
// reports), so a missing or mistyped key is one clear line, not a stack trace. Never echoes a key.
public sealed class EncryptionOptionsValidator(IHostEnvironment environment) : IValidateOptions<EncryptionOptions>
{
    public const string Missing = "no master key. Set Reports__EncryptionKey to base64 of 32 bytes; \"BotHost keys generate\" makes one.";

    public ValidateOptionsResult Validate(string? name, EncryptionOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add(Missing);
            }
        }
        else if (!IsKey(options.EncryptionKey))
        {
            failures.Add("Reports__EncryptionKey is not a key: it must be base64 of 32 bytes; \"BotHost keys generate\" makes one.");
        }

        for (var i = 0; i < options.PreviousEncryptionKeys.Count; i++)
        {
            if (!IsKey(options.PreviousEncryptionKeys[i]))
            {
                failures.Add($"Reports__PreviousEncryptionKeys__{i} is not a key: it must be base64 of 32 bytes (a master key used before).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsKey(string text)
    {
        try
        {
            MasterKeys.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
