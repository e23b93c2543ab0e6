namespace BotHost.Core.Digests;

public sealed record UnansweredQuestion(string Question, int Count);
