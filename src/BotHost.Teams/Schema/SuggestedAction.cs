using System.Text.Json;

namespace BotHost.Teams.Schema;

// A Bot Framework card action: imBack and openUrl carry a string value; messageBack and postBack may carry
// an object, which comes back as the message's value.
public sealed record SuggestedAction
{
    public required string Type { get; init; }
    public required string Title { get; init; }
    public JsonElement? Value { get; init; }

    // messageBack only: what the user's side of the transcript shows for the press.
    public string? DisplayText { get; init; }
    public string? Text { get; init; }
}
