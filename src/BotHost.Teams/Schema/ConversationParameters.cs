namespace BotHost.Teams.Schema;

// Body of POST v3/conversations. The tenant goes in both places, as the Teams service still expects.
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public required ChannelAccount Bot { get; init; }
    public required IReadOnlyList<ChannelAccount> Members { get; init; }
    public string? TenantId { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}
