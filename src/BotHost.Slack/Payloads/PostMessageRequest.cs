using BotHost.Slack.BlockKit;

namespace BotHost.Slack.Payloads;

// chat.postMessage, chat.postEphemeral (with User) and chat.update (with Ts). Text is the notification
// fallback; Slack wants it beside blocks. Link previews are off for every message: Slack would otherwise
// fetch a private link (and show its page) in the employer's workspace.
public sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs = null, string? User = null, string? Ts = null)
{
    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}
