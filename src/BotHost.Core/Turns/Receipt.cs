namespace BotHost.Core.Turns;

// A copy of what a worker submitted, for them to keep: Text is canonical and Sha256 is its digest (hex),
// which the union can check later against the sealed report (`BotHost receipts verify`).
public sealed record Receipt(string Code, DateTimeOffset SubmittedAt, string Text, string Sha256)
{
    // The secret that lets its holder check on or withdraw the report from any chat (Reports/WithdrawKey):
    // not part of the digested text.
    public string? Key { get; init; }

    public string? Status => Key is null ? null : $"status {Code} {Key}";

    public string? Withdraw => Key is null ? null : $"withdraw {Code} {Key}";

    // The file a worker downloads or copies: the text, a blank line, the digest, then how to check on it
    // and withdraw it.
    public string File => Text + "\n\nSHA-256: " + Sha256 + "\n" +
        (Key is null ? "" : "\nType these in the union's web chat, not in a work chat, and keep them secret.\n" +
            "To see how this report is getting on:\n" + Status + "\nTo withdraw it:\n" + Withdraw + "\n");
}
