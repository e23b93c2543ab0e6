namespace BotHost.WebChat;

// Limits per client address, so one person cannot start endless sessions (each counts as a separate
// reporter) or flood the inbox. 0 turns a limit off.
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    public int SessionsPerAddress { get; set; } = 10;

    public int SessionWindowMinutes { get; set; } = 10;

    public int MessagesPerAddress { get; set; } = 60;

    public int MessageWindowSeconds { get; set; } = 60;
}
