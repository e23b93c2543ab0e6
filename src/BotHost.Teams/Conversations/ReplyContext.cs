using System.Text.Json;

namespace BotHost.Teams.Conversations;

// What TeamsSender needs to answer a turn, carried through the core as Turn.ReplyContext (opaque there).
// ActivityId becomes replyToId; BotId is the "from" of the reply.
public sealed record ReplyContext(string ServiceUrl, string? ActivityId, string? BotId, string? ConversationType, string TenantId)
{
    public string Serialize() => JsonSerializer.Serialize(this, TeamsJson.Default.ReplyContext);

    public static ReplyContext? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, TeamsJson.Default.ReplyContext);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
