using BotHost.Slack.BlockKit;

namespace BotHost.Slack.Payloads;

// chat.postMessage, chat.postEphemeral (with User) and chat.update (with Ts). Text is the notification
// fallback; Slack wants it beside blocks.
public sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs = null, string? User = null, string? Ts = null);
