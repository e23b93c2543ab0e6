using System.Text.Json;

namespace BotHost.Slack.Payloads;

// The Events API body: url_verification or event_callback. Event stays raw until the intake reads it,
// because some event types carry objects where messages carry strings, and every event must get a 200.
public sealed record EventEnvelope(
    string? Type,
    string? TeamId,
    string? ApiAppId,
    string? EventId,
    long? EventTime,
    string? Challenge,
    JsonElement? Event,
    IReadOnlyList<EventEnvelope.Authorization>? Authorizations)
{
    public sealed record Authorization(string? TeamId, string? UserId, bool? IsBot);

    // The bot user the event was delivered for: the loop guard drops what it said itself.
    public string? BotUserId => Authorizations?.FirstOrDefault(a => a.IsBot == true)?.UserId;
}
