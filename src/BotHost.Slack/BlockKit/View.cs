namespace BotHost.Slack.BlockKit;

// A modal (views.open) or the App Home (views.publish). Title, submit and close are at most 24 characters.
public sealed record View(
    string Type,
    IReadOnlyList<Block> Blocks,
    TextObject? Title = null,
    TextObject? Submit = null,
    TextObject? Close = null,
    string? CallbackId = null,
    string? PrivateMetadata = null)
{
    public const int MaxTitle = 24;
}
