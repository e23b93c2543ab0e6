using BotHost.Core.Turns;

namespace BotHost.Core.Digests;

// "slack:T0123:C0456" or "teams:<tenant id>:<conversation id>". The conversation part may itself hold
// colons (Teams ids such as "19:abc@thread.tacv2"), so only the first two separate.
public static class DigestDestination
{
    public static ChannelAddress? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split(':', 3);
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? new ChannelAddress(parts[0], parts[1], parts[2]) : null;
    }
}
