using BotHost.Core.Turns;

namespace BotHost.WebChat;

public sealed class WebChatSender(IWebChatRelay relay) : IChannelSender
{
    public const string ChannelName = "webchat";

    public string Channel => ChannelName;

    public async Task<SendResult> SendAsync(ChannelAddress to, OutboundMessage message, CancellationToken cancellationToken)
    {
        // A web chat session is its own conversation and user, so a "direct" message goes to the same place.
        await relay.DeliverAsync(to.IsDirectOpen ? to.User ?? "" : to.Conversation, message, cancellationToken);
        return SendResult.Sent;
    }
}
