namespace BotHost.Core.Faq;

// The embedding model as the FAQ uses it: the content's texts through the on-disk cache, a worker's
// question straight through the model, in memory only (no cache, no log, no file).
public sealed class FaqEmbeddings(ISentenceEmbedder embedder, EmbeddingCache cache) : IDisposable
{
    public string ModelId => embedder.ModelId;

    public EmbeddingCache Cache => cache;

    public float[][] Content(IReadOnlyList<string> texts) => cache.Vectors(texts, embedder);

    public float[] Question(string text) => embedder.Embed([text])[0];

    public void Dispose() => embedder.Dispose();
}
