namespace BotHost.Core.Faq;

// How the retriever ranks; the defaults are the tuned ones (docs/faq.md, "Retrieval").
public sealed record FaqRetrievalSettings
{
    public static readonly FaqRetrievalSettings Default = new();

    // bm25 weight of each FTS5 column, for choosing candidates; the ranking then weighs each column's
    // own bm25 with the other features.
    public FaqFieldWeights Weights { get; init; } = new(Title: 4, Questions: 3, Tags: 3, Body: 1);

    // Roughly how many entries FTS5 may score per question (see FaqRetriever.SearchTerms). On the
    // generated 1,000-entry base, 300 cost 6 points of accuracy and 1,000 almost none (docs/faq.md).
    public int MaxScoredRows { get; init; } = 1000;

    // How many bm25 hits are re-ranked with the core's own measures.
    public int Candidates { get; init; } = 10;

    // Weights of CandidateFeatures, in its order.
    public RankingModel Ranking { get; init; } = new([1.303, -0.092, -0.294, 0.801, 0.936, 0.736, 0.64, 2.451, 1.061, 3.338]);

    public ConfidenceModel Confidence { get; init; } = ConfidenceModel.Default;

    // At or above this lexical confidence the question is answered without the embedding model (the
    // common case, and the cheap one); below it the question is embedded and ranked and judged again.
    public double LexicalSure { get; init; } = 0.97;

    // The hybrid weights were fitted with `faq eval --fit` (all-MiniLM-L6-v2, docs/faq.md, "Confidence").
    // Weights of CandidateFeatures.HybridArray (the ten lexical features and the semantic cosine).
    public RankingModel HybridRanking { get; init; } = new([1.716, 0.126, -0.574, 0.759, 0.751, -0.357, 0.528, 1.994, 0.407, 2.437, 7.511]);

    // Over ConfidenceFeatures.HybridArray.
    public ConfidenceModel HybridConfidence { get; init; } = new(-3.041, [0.802, 1.378, 0.439, 0.239, 0.281, 0.258, 0.313, 0.532]);

    // Embed the question as the lexical side read it (typos corrected, spelling normalised) rather than as typed.
    public bool EmbedCorrected { get; init; }
}
