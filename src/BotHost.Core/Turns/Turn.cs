namespace BotHost.Core.Turns;

// One inbound event from any channel, in the core's own words. Adapters build it; nothing after the
// adapter knows which platform payload it came from.
public sealed record Turn
{
    public required string Channel { get; init; }
    public required string Workspace { get; init; }
    public required string Conversation { get; init; }
    public required string User { get; init; }
    public required string PlatformId { get; init; }
    public required DateTimeOffset Time { get; init; }
    public TurnKind Kind { get; init; } = TurnKind.Message;
    public string? Text { get; init; }

    // The value of a button the user pressed.
    public string? Action { get; init; }

    // Field values of a submitted structured form (a Slack modal, an Adaptive Card, the web form);
    // the "form" entry names the form.
    public IReadOnlyDictionary<string, string>? Form { get; init; }

    // The user's display handle; used only where the user consents to share it with a rep.
    public string? UserName { get; init; }

    // False in a shared channel, where anything sensitive must move to a private conversation.
    public bool IsPrivate { get; init; } = true;

    // True on the union's own web page (the web chat): nobody else administers it, and the conversation
    // ends when the page closes, so the bot cannot reach the worker there later.
    public bool OnOwnPage { get; init; }

    // Opaque to the core: what the adapter needs to answer in the right place (thread, reply id, service URL).
    public string? ReplyContext { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public ChannelAddress ReplyAddress => new(Channel, Workspace, Conversation, User, ReplyContext) { Shared = !IsPrivate };
}
