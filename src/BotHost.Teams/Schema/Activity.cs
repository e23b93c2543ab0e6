using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotHost.Teams.Schema;

// The subset of a Bot Framework Activity BotHost reads and writes. Receivers must accept unknown fields,
// so anything else is kept in Extra rather than rejected.
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public string? ReplyToId { get; init; }

    // ISO 8601, as sent. Kept as text so an odd format from a channel can never make an activity unreadable.
    public string? Timestamp { get; init; }

    // Buttons shown under the message until the user answers (Direct Line's Web Chat, Teams 1:1 chats).
    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Action { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    // Settable: the source generator cannot fill extension data through an initializer.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
