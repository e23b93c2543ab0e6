namespace BotHost.Core.Conversation;

public sealed class BotOptions
{
    public const string Section = "Bot";

    // How long an unfinished dialog (a report, a consent question) is kept before it is forgotten.
    public int DialogExpiryMinutes { get; set; } = 60;
}
