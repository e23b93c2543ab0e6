namespace BotHost.Core.SafeChannel;

public sealed class WorkspaceOptions
{
    public const string Section = "Workspaces";

    // Slack team ids and Teams tenant ids run by the union itself; every other workspace is the employer's.
    public List<string> Union { get; set; } = [];
}
