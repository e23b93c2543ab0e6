namespace BotHost.Core.Turns;

// A button. Value comes back as Turn.Action when pressed.
public sealed record Choice(string Label, string Value)
{
    public ChoiceStyle Style { get; init; } = ChoiceStyle.Default;

    // A link button opens a URL instead of sending a value.
    public string? Url { get; init; }

    public static Choice Link(string label, string url) => new(label, url) { Url = url };
}

public enum ChoiceStyle
{
    Default,
    Primary,
    Danger,
}
