using System.Text.Json;

namespace BotHost.Tests.Fakes;

public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonElement Body)
{
    public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;

    // The first Adaptive Card's JSON, or null for a plain text message.
    public JsonElement? Card => Body.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
        ? attachments[0].GetProperty("content")
        : null;

    // Every text a reader sees: the message text or the card's TextBlocks.
    public string AllText => Card is { } card
        ? string.Join("\n", card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "TextBlock").Select(e => e.GetProperty("text").GetString()))
        : Text ?? "";
}
