namespace BotHost.Storage;

// Channels hosts wake each other on (PostgreSQL LISTEN/NOTIFY); with SQLite there is one host and the
// in-process signals are enough.
public static class Notifications
{
    public const string Inbox = "bothost_inbox";
    public const string Outbox = "bothost_outbox";
    public const string WebChat = "bothost_webchat";
    public const string DirectLine = "bothost_directline";
}
