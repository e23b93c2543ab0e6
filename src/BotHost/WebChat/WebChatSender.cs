using BotHost.Core.Turns;

namespace BotHost.WebChat;

public sealed class WebChatSender(WebChatHub hub) : IChannelSender
{
    public const string ChannelName = "webchat";

    public string Channel => ChannelName;

    public Task<SendResult> SendAsync(ChannelAddress to, OutboundMessage message, CancellationToken cancellationToken)
    {
        // A web chat session is its own conversation and user, so a "direct" message goes to the same place.
        hub.Post(to.IsDirectOpen ? to.User ?? "" : to.Conversation, message);
        return Task.FromResult(SendResult.Sent);
    }
}
