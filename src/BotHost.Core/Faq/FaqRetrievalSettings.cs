namespace BotHost.Core.Faq;

// How the retriever ranks; the defaults are the tuned ones (docs/faq.md, "Retrieval").
public sealed record FaqRetrievalSettings
{
    public static readonly FaqRetrievalSettings Default = new();

    // bm25 weight of each FTS5 column.
    public FaqFieldWeights Weights { get; init; } = new(Title: 4, Questions: 3, Tags: 3, Body: 1);

    // How many bm25 hits are re-ranked with the core's own measures.
    public int Candidates { get; init; } = 10;

    // Share of the ranking score from the best-matching question (the rest is bm25 and entry coverage).
    public double AskingWeight { get; init; } = 1.0;

    public double CoverageWeight { get; init; } = 0.5;

    public ConfidenceModel Confidence { get; init; } = ConfidenceModel.Default;
}
