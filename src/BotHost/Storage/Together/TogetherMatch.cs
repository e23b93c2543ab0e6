namespace BotHost.Storage.Together;

// What matching did inside the transaction that stored a Together report.
public sealed record TogetherMatch(bool Released, bool Queued)
{
    public static readonly TogetherMatch None = new(Released: false, Queued: false);
}
