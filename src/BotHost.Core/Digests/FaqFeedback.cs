namespace BotHost.Core.Digests;

public sealed record FaqFeedback(string EntryId, int Up, int Down);
