namespace BotHost.Teams.AdaptiveCards;

// Data comes back as the message's value, merged with the inputs (unless AssociatedInputs is "none").
public sealed record ActionSubmit(string Title, IReadOnlyDictionary<string, string> Data) : CardAction(Title)
{
    public string? AssociatedInputs { get; init; }
}
