namespace BotHost.Teams.AdaptiveCards;

public sealed record InputChoice(string Title, string Value);
