namespace BotHost.Core.Faq;

// One entry's searchable text, field by field. Its position in the document list is its entry number.
public sealed record FaqIndexDocument(string Title, string Questions, string Tags, string Body);

public sealed record FaqFieldWeights(double Title, double Questions, double Tags, double Body)
{
    public static readonly FaqFieldWeights Equal = new(1, 1, 1, 1);
}
