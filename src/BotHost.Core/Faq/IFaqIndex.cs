namespace BotHost.Core.Faq;

// Full-text search over the entries' fields. The host implements it with SQLite FTS5 (porter tokenizer,
// bm25 with a weight per field); the core decides which terms to ask for and how far to trust the result.
public interface IFaqIndex : IDisposable
{
    // Entries matching any of the terms, best first by the weighted bm25.
    IReadOnlyList<FaqHit> Search(IReadOnlyList<string> terms, int limit);
}

public interface IFaqIndexFactory
{
    IFaqIndex Build(IReadOnlyList<FaqIndexDocument> documents, FaqFieldWeights weights);
}
