namespace BotHost.Core.Faq;

// Full-text search over the entries' fields. The host implements it with SQLite FTS5 (porter tokenizer,
// bm25 with a weight per field); the core decides which terms to ask for and how far to trust the result.
public interface IFaqIndex : IDisposable
{
    // Entries matching any of the terms, best first by the weighted bm25. Scores are -bm25 (higher is
    // better): Score with the index's field weights, Fields with each field on its own.
    IReadOnlyList<FaqHit> Search(IReadOnlyList<string> terms, int limit);
}

public interface IFaqIndexFactory
{
    IFaqIndex Build(IReadOnlyList<FaqIndexDocument> documents, FaqFieldWeights weights);
}

// One entry's searchable text, field by field. Entry is its position in the document list.
public sealed record FaqIndexDocument(string Title, string Questions, string Tags, string Body);

public sealed record FaqFieldWeights(double Title, double Questions, double Tags, double Body)
{
    public static readonly FaqFieldWeights Equal = new(1, 1, 1, 1);
}

public sealed record FaqHit(int Entry, double Score, FieldScores Fields);

public readonly record struct FieldScores(double Title, double Questions, double Tags, double Body);
