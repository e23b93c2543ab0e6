namespace BotHost.Teams.AdaptiveCards;

// What every input shares. Values come back as strings keyed by Id in the submit's value.
public abstract record CardInput(string Id) : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
