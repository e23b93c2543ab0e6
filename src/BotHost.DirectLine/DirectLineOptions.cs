namespace BotHost.DirectLine;

// Direct Line 3.0 for Microsoft's Web Chat and directline-js. See docs/directline.md.
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";
    public const int MinimumSecretLength = 32;

    // SECRET: what the union's own server sends as "Authorization: Bearer" to get tokens. Empty: Direct Line
    // is off (404), except in Development, where anyone who reaches the host may start a conversation.
    public string? Secret { get; set; }

    // How long a token works; clients refresh it before then (directline-js does every 15 minutes).
    public int TokenMinutes { get; set; } = 30;

    // The activities kept per conversation for GET .../activities and reconnects, in memory only.
    public int HistoryPerConversation { get; set; } = 100;

    // Activities older than this are dropped, and a conversation with none left is forgotten.
    public int HistoryMinutes { get; set; } = 60;

    // Activities one conversation may post per minute; over it is a 429 with Retry-After. 0 turns it off.
    public int MessagesPerMinute { get; set; } = 60;
}
