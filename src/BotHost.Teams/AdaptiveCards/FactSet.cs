namespace BotHost.Teams.AdaptiveCards;

// Label/value pairs (a digest's counts). https://adaptivecards.io/explorer/FactSet.html
public sealed record FactSet(IReadOnlyList<CardFact> Facts) : CardElement;

public sealed record CardFact(string Title, string Value);
