using BotHost.Core.Turns;

namespace BotHost.WebChat;

// A reply as a page receives it. Id counts up within its session: the page's event stream sends the last
// one it saw when it reconnects, and gets only what came after.
public sealed record WebChatEvent(long Id, OutboundMessage Message);
