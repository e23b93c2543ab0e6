namespace BotHost.Slack.BlockKit;

// One Slack message: the fallback text for notifications and the blocks that are shown.
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
