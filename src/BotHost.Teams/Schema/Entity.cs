using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotHost.Teams.Schema;

// Mentions arrive as {"type":"mention","mentioned":{id,name},"text":"<at>Name</at>"}; other entity kinds pass through.
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    // Settable: the source generator cannot fill extension data through an initializer.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
