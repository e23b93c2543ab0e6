namespace BotHost.Teams.Schema;

// A user or the bot. Teams user ids ("29:...") are per bot; AadObjectId is the person's Entra object id.
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
