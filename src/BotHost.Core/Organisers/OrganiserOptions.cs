namespace BotHost.Core.Organisers;

public sealed class OrganiserOptions
{
    public const string Section = "Organisers";

    // "slack:U0123ABCD" (Slack user id) or "teams:<AAD object id>". More can be added with `BotHost organisers add`.
    public List<string> Members { get; set; } = [];
}
