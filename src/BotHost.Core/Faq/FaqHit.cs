namespace BotHost.Core.Faq;

// Scores are -bm25 (higher is better): Score with the index's field weights, Fields each field on its own.
public sealed record FaqHit(int Entry, double Score, FieldScores Fields);

public readonly record struct FieldScores(double Title, double Questions, double Tags, double Body);
