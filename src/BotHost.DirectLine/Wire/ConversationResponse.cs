using System.Text.Json.Serialization;

namespace BotHost.DirectLine.Wire;

// Direct Line's Conversation object: what token generate/refresh, start and reconnect answer.
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
