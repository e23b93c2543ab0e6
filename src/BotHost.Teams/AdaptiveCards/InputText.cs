namespace BotHost.Teams.AdaptiveCards;

public sealed record InputText(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }

    // A hint to the client only; the core validates lengths again.
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
}
