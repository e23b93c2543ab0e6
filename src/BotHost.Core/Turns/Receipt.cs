namespace BotHost.Core.Turns;

// A copy of what a worker submitted, for them to keep: Text is canonical and Sha256 is its digest (hex),
// which the union can check later against the sealed report (`BotHost receipts verify`).
public sealed record Receipt(string Code, DateTimeOffset SubmittedAt, string Text, string Sha256)
{
    // The command that withdraws the report from any chat (Reports/WithdrawKey): not part of the digested text.
    public string? Withdraw { get; init; }

    // The file a worker downloads or copies: the text, a blank line, the digest, then how to withdraw.
    public string File => Text + "\n\nSHA-256: " + Sha256 + "\n" +
        (Withdraw is null ? "" : "\nTo withdraw this report later, type this in the union's web chat, not in a work chat (keep it secret):\n" + Withdraw + "\n");
}
