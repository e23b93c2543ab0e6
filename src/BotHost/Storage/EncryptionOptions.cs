namespace BotHost.Storage;

// Bound from the "Reports" section, where the issue-facing settings live (Reports:EncryptionKey).
public sealed class EncryptionOptions
{
    public const string Section = "Reports";

    // Base64 of 32 random bytes (`BotHost keys generate` prints one). Required outside Development.
    public string? EncryptionKey { get; set; }

    // Keys being rotated out: still able to unwrap data keys that have not been re-wrapped yet.
    public List<string> PreviousEncryptionKeys { get; set; } = [];
}
