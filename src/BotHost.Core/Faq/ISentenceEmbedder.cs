namespace BotHost.Core.Faq;

// A sentence-embedding model: text in, a unit-length vector out, so that a dot product is the cosine.
// The host implements it with the ONNX model shipped in a package (docs/faq.md, "Retrieval").
public interface ISentenceEmbedder : IDisposable
{
    // Names the model and its version; part of every cache key, so a new model never reads old vectors.
    string ModelId { get; }

    int Dimensions { get; }

    float[][] Embed(IReadOnlyList<string> texts);
}

public interface ISentenceEmbedderFactory
{
    // Loads the model; null when it cannot be loaded here (the FAQ then ranks lexically and logs why).
    ISentenceEmbedder? Create();
}
