using BotHost.Core.Faq;

namespace BotHost.Storage.Faq;

public sealed class Fts5FaqIndexFactory : IFaqIndexFactory
{
    public IFaqIndex Build(IReadOnlyList<FaqIndexDocument> documents, FaqFieldWeights weights) => new Fts5FaqIndex(documents, weights);
}
