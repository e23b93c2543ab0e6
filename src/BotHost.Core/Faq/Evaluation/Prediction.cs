namespace BotHost.Core.Faq.Evaluation;

// What a retriever said about one question: its best entry (null when nothing matched) and a score
// that grows with its certainty.
public sealed record Prediction(string? Id, double Score);
