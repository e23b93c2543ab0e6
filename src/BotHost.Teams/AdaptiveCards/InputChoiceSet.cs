namespace BotHost.Teams.AdaptiveCards;

public sealed record InputChoiceSet(string Id, IReadOnlyList<InputChoice> Choices) : CardInput(Id)
{
    public string Style { get; init; } = "compact";
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
}
