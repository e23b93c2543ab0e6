namespace BotHost.Core.SafeChannel;

public sealed class SafeLinkOptions
{
    public const string Section = "SafeLink";

    // The union's own web chat as the public sees it (https://…), where private links point. Development
    // defaults to the local web chat; production must set it, or no private link can be sent.
    public string? PublicBaseUrl { get; set; }

    // How long a private link works before it is used.
    public int LifetimeMinutes { get; set; } = 30;
}
