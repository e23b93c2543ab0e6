namespace BotHost.Teams.AdaptiveCards;

// Value, min and max are YYYY-MM-DD.
public sealed record InputDate(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
}
