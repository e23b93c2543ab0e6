namespace BotHost.Core.Turns;

// What the bot says, before any channel renders it. Text is plain with light Markdown: **bold**, [title](url),
// and "- " bullets; each renderer maps those to its own format.
public sealed record OutboundMessage
{
    public required string Text { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public Form? Form { get; init; }

    // Tabular facts shown after Text (a digest's counts). Text must still read well without them.
    public IReadOnlyList<FactGroup> Facts { get; init; } = [];

    // A rendering hint: the App Home in Slack, a card in Teams; plain channels show it as a message.
    public MessageSurface Surface { get; init; } = MessageSurface.Message;

    // A summary of a submitted report that the worker can download or copy (the web chat shows it).
    public Receipt? Receipt { get; init; }

    public static OutboundMessage Say(string text, params Choice[] choices) => new() { Text = text, Choices = choices };
}
