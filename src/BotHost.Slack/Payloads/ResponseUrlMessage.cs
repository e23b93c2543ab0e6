using BotHost.Slack.BlockKit;

namespace BotHost.Slack.Payloads;

// A message posted to a slash command's or a button's response_url.
public sealed record ResponseUrlMessage(string ResponseType, string Text, IReadOnlyList<Block>? Blocks, bool ReplaceOriginal = false)
{
    // Link previews off, as in PostMessageRequest.
    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}
