namespace BotHost.Core.Faq.Evaluation;

// What a retriever said about one question: its best entry (null when nothing matched) and a score
// that grows with its certainty.
public sealed record Prediction(string? Id, double Score)
{
    // The best few entries, best first (the topics the bot offers when it is not sure).
    public IReadOnlyList<string> Top { get; init; } = [];
}
