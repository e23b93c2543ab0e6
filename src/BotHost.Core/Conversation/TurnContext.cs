using BotHost.Core.Turns;

namespace BotHost.Core.Conversation;

public sealed record TurnContext(Turn Turn, DialogKey Key, DialogState? State, DateTimeOffset Now)
{
    public string UserKey => Key.UserKey;

    public ChannelAddress ReplyTo => Turn.ReplyAddress;

    public string Input => Turn.Text ?? Turn.Action ?? "";
}
