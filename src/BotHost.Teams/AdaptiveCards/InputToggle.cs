namespace BotHost.Teams.AdaptiveCards;

// Title is required by the schema; the submitted value is ValueOn or ValueOff.
public sealed record InputToggle(string Id, string Title) : CardInput(Id)
{
    public string ValueOn { get; init; } = "true";
    public string ValueOff { get; init; } = "false";
    public string? Value { get; init; }
}
