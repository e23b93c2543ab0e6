namespace BotHost.Core.Turns;

// A copy of what a worker submitted, for them to keep: Text is canonical and Sha256 is its digest (hex),
// which the union can check later against the sealed report (`BotHost receipts verify`).
public sealed record Receipt(string Code, DateTimeOffset SubmittedAt, string Text, string Sha256)
{
    // The file a worker downloads or copies: the text, a blank line, then the digest.
    public string File => Text + "\n\nSHA-256: " + Sha256 + "\n";
}
