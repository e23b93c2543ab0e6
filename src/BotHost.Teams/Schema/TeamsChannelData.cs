using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotHost.Teams.Schema;

public sealed record TeamsChannelData
{
    public TeamsIdentifier? Tenant { get; init; }
    public TeamsIdentifier? Team { get; init; }
    public TeamsIdentifier? Channel { get; init; }
    public string? EventType { get; init; }

    // Settable: the source generator cannot fill extension data through an initializer.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
