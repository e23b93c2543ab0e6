namespace BotHost.Teams.Schema;

// ConversationType is "personal", "groupChat" or "channel" in Teams; the Emulator sends none.
public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? Name { get; init; }
}
