namespace BotHost.Core.Turns;

public sealed record Fact(string Label, string Value);
