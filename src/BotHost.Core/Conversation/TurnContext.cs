using BotHost.Core.Turns;

namespace BotHost.Core.Conversation;

public sealed record TurnContext(Turn Turn, DialogKey Key, DialogState? State, DateTimeOffset Now)
{
    public string UserKey => Key.UserKey;

    public ChannelAddress ReplyTo => Turn.ReplyAddress;

    public string Input => Turn.Text ?? Turn.Action ?? "";

    // In a workspace the employer runs (docs/safe-channel.md): whatever the bot says can be exported by its
    // admins, so features say no more than the worker's own codes.
    public bool EmployerSide { get; init; }
}
