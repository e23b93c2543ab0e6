namespace BotHost.Teams.AdaptiveCards;

public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    // "bolder" for titles.
    public string? Weight { get; init; }

    // "medium" for titles.
    public string? Size { get; init; }

    // "attention" (red) for validation errors.
    public string? Color { get; init; }
}
