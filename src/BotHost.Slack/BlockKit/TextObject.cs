namespace BotHost.Slack.BlockKit;

public sealed record TextObject(string Type, string Text)
{
    public static TextObject Mrkdwn(string text) => new("mrkdwn", text);

    // Plain text is not parsed by Slack, so it needs no escaping, only a length cap.
    public static TextObject Plain(string text, int max = 3000) => new("plain_text", BlockKit.Mrkdwn.Truncate(text, max));
}
