namespace BotHost.Core.Turns;

// Where a message goes. ReplyContext is the adapter's own token (thread, reply-to id, service URL).
public sealed record ChannelAddress(string Channel, string Workspace, string Conversation, string? User = null, string? ReplyContext = null)
{
    // Shown only to User in a shared conversation (Slack ephemeral).
    public bool Ephemeral { get; init; }

    // True when the conversation is shared (a channel), so replies must not carry anything sensitive.
    public bool Shared { get; init; }

    // A direct (1:1) conversation with User, to be opened by the adapter if needed.
    public static ChannelAddress Direct(string channel, string workspace, string user) =>
        new(channel, workspace, Conversation: "", user);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsDirectOpen => Conversation.Length == 0;
}
