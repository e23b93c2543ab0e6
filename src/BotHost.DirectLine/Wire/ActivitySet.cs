using BotHost.Teams.Schema;

namespace BotHost.DirectLine.Wire;

// What GET .../activities answers and each WebSocket message carries. The watermark is opaque to clients:
// they send back the last one they saw to get only what came after.
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
