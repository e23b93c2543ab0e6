using BotHost.Core.Turns;

namespace BotHost.Tests.Infrastructure;

// Test turns from a made-up channel; each call gets a fresh platform id unless one is given.
public static class Turns
{
    public static Turn Text(string text, string conversation = "C1", string user = "U1", string? platformId = null, bool isPrivate = true, string channel = "webchat") => new()
    {
        Channel = channel,
        Workspace = "local",
        Conversation = conversation,
        User = user,
        PlatformId = platformId ?? Guid.NewGuid().ToString("N"),
        Time = DateTimeOffset.Parse("2026-11-18T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Text = text,
        IsPrivate = isPrivate,
    };

    public static Turn Action(string action, string conversation = "C1", string user = "U1") =>
        Text("", conversation, user) with { Text = null, Action = action };
}
