namespace BotHost.Teams.AdaptiveCards;

public sealed record ActionOpenUrl(string Title, string Url) : CardAction(Title);
