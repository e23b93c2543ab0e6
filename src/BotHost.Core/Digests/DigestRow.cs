namespace BotHost.Core.Digests;

// Count null means "fewer than MinGroupSize"; Change null means no comparison can be shown.
public sealed record DigestRow(string Name, int? Count, int? Change)
{
    // The folded group of everything too small to show on its own.
    public bool IsOther { get; init; }
}
