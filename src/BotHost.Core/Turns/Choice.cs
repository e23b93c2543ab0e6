namespace BotHost.Core.Turns;

// A button. Value comes back as Turn.Action when pressed.
public sealed record Choice(string Label, string Value)
{
    public ChoiceStyle Style { get; init; } = ChoiceStyle.Default;

    // A link button opens a URL instead of sending a value.
    public string? Url { get; init; }

    // A button that opens a structured form. Channels that have a native form (a Slack modal) open it
    // directly; the others send Value to the core, which answers with the form.
    public string? FormId { get; init; }

    public static Choice Link(string label, string url) => new(label, url) { Url = url };
}

public enum ChoiceStyle
{
    Default,
    Primary,
    Danger,
}
