using System.Text.Json.Serialization;

namespace BotHost.Teams.AdaptiveCards;

// Teams renders bot cards up to schema 1.5 (labels, isRequired and errorMessage need 1.3+).
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CurrentVersion = "1.5";

    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaUrl;

    public string Version { get; init; } = CurrentVersion;

    public required IReadOnlyList<CardElement> Body { get; init; }

    public IReadOnlyList<CardAction>? Actions { get; init; }
}
